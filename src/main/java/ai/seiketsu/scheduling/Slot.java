package ai.seiketsu.scheduling;

import java.time.Instant;
import java.util.UUID;

/** A free time with one team member, long enough for the asked appointment type. */
public record Slot(UUID userId, Instant startsAt, Instant endsAt) {
}
