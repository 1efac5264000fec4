package ai.seiketsu.agents;

import java.time.Instant;
import java.util.UUID;

/** The configured AI persona that talks to a tenant's callers (not a team member with role AGENT). */
public record VoiceAgent(UUID id, String name, String greeting, String language, Instant createdAt,
        Instant updatedAt) {
}
