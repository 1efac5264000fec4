package ai.seiketsu.tenancy;

import java.time.Instant;

import ai.seiketsu.shared.TenantId;

/** One agency on the platform. */
public record Tenant(TenantId id, String slug, String name, Plan plan, TenantStatus status, String timeZone,
        PlanLimits limits, Instant createdAt, Instant updatedAt) {
}
