package ai.seiketsu.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which appointments a list shows: by member, by lead, and starting in {@code [from, to)}; null is "any". */
public record AppointmentFilter(@Nullable UUID userId, @Nullable UUID leadId, @Nullable Instant from,
        @Nullable Instant to) {
}
