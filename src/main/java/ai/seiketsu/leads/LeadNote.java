package ai.seiketsu.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A note a team member (or an integration) wrote on a lead. */
public record LeadNote(UUID id, UUID leadId, String body, String authorType, @Nullable String authorId,
        Instant createdAt) {
}
