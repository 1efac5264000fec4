package ai.seiketsu.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A showing or consultation booked for a lead with a team member ({@code userId}, a membership id). */
public record Appointment(UUID id, UUID leadId, @Nullable UUID listingId, UUID userId, AppointmentType type,
        Instant startsAt, Instant endsAt, AppointmentStatus status, Instant createdAt, Instant updatedAt) {

    public Appointment withStatus(AppointmentStatus changed, Instant now) {
        return new Appointment(id, leadId, listingId, userId, type, startsAt, endsAt, changed, createdAt, now);
    }

    public Appointment movedTo(Instant start, Instant now) {
        return new Appointment(id, leadId, listingId, userId, type, start, start.plus(type.length()), status,
                createdAt, now);
    }
}
