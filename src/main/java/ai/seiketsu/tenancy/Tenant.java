package ai.seiketsu.tenancy;

import java.time.Instant;

import ai.seiketsu.shared.TenantId;

/**
 * One agency on the platform. {@code requireMfaForAdmins}: its OWNER and ADMIN members must use multi-factor
 * authentication (until they do, their sign-in only lets them enrol).
 */
public record Tenant(TenantId id, String slug, String name, Plan plan, TenantStatus status, String timeZone,
        PlanLimits limits, boolean requireMfaForAdmins, Instant createdAt, Instant updatedAt) {
}
