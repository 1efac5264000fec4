package ai.seiketsu.tenancy;

import ai.seiketsu.shared.TenantId;

/** What it takes to register a tenant. Validated by {@link Tenants#register(NewTenant)}. */
public record NewTenant(TenantId id, String slug, String name, Plan plan, String timeZone) {
}
