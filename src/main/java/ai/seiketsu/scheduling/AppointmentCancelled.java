package ai.seiketsu.scheduling;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** An appointment was cancelled and its time is free again (ids only). */
public record AppointmentCancelled(TenantId tenantId, UUID appointmentId, UUID leadId, UUID userId) {
}
