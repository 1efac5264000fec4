package ai.seiketsu.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A booking request as it arrives; {@link Scheduling#book} reports every missing or invalid field at once. */
public record NewAppointment(@Nullable UUID leadId, @Nullable UUID listingId, @Nullable UUID userId,
        @Nullable AppointmentType type, @Nullable Instant startsAt) {
}
