package ai.seiketsu.tenancy;

/** Whether a tenant's staff, keys and callers are served. A suspended tenant's API calls answer 403. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
