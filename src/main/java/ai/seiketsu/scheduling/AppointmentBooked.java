package ai.seiketsu.scheduling;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** An appointment was booked (ids only: events sit outside row-level security). */
public record AppointmentBooked(TenantId tenantId, UUID appointmentId, UUID leadId, UUID userId) {
}
