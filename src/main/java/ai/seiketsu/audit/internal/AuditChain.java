package ai.seiketsu.audit.internal;

import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Which hash chain: one tenant's (table {@code audit_event}, under row-level security) or the platform's (table
 * {@code platform_audit_event}: operator actions and facts without a tenant).
 *
 * @param tenant the tenant, or null for the platform chain
 */
public record AuditChain(@Nullable TenantId tenant) {

    public static final AuditChain PLATFORM = new AuditChain(null);

    public static AuditChain of(@Nullable TenantId tenant) {
        return tenant == null ? PLATFORM : new AuditChain(tenant);
    }

    public boolean isPlatform() {
        return tenant == null;
    }

    TenantId requireTenant() {
        if (tenant == null) {
            throw new IllegalStateException("the platform chain has no tenant");
        }
        return tenant;
    }

    /** A fixed table name, never input: safe to put into SQL text. */
    String table() {
        return isPlatform() ? "platform_audit_event" : "audit_event";
    }

    /**
     * The name hashed into this chain's advisory-lock key. Two chains whose names collide on the 64-bit hash
     * would only wait for each other; they never share seq or prev_hash, which are read per chain.
     */
    String lockName() {
        return isPlatform() ? "seiketsu.audit:platform" : "seiketsu.audit:tenant:" + tenant;
    }
}
