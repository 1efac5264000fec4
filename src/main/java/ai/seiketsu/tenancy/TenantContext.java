package ai.seiketsu.tenancy;

import java.util.Optional;

import ai.seiketsu.shared.TenantId;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant on whose behalf the current code runs. HTTP requests, jobs, event listeners and call sessions
 * all enter a tenant through this class, and only through it; the database reads it at the beginning of each
 * transaction and scopes row-level security to it. Outside a scope there is no tenant and tenant tables show
 * nothing.
 *
 * <p>Backed by a {@link ScopedValue}: the binding ends with the scope, cannot leak into a pooled thread, and is
 * cheap on virtual threads.
 */
public final class TenantContext {

    private static final ScopedValue<TenantId> CURRENT = ScopedValue.newInstance();

    private TenantContext() {
    }

    /** The current tenant, if the code runs inside a tenant scope. */
    public static Optional<TenantId> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /** The current tenant; fails when there is none (a bug: a tenant path was entered without a tenant). */
    public static TenantId require() {
        return current().orElseThrow(() -> new IllegalStateException("no tenant in context"));
    }

    /** Runs {@code operation} with {@code tenant} as the current tenant and returns its result. */
    public static <T, X extends Throwable> T call(TenantId tenant, ScopedValue.CallableOp<? extends T, X> operation)
            throws X {
        refuseSwitchInsideTransaction(tenant);
        return ScopedValue.where(CURRENT, tenant).call(operation);
    }

    /** Runs {@code operation} with {@code tenant} as the current tenant. */
    public static void run(TenantId tenant, Runnable operation) {
        refuseSwitchInsideTransaction(tenant);
        ScopedValue.where(CURRENT, tenant).run(operation);
    }

    /**
     * The database learns the tenant when a transaction begins. Entering another tenant inside a running
     * transaction would leave the database on the old one (or on none) while the code believes otherwise, so it
     * is refused outright.
     */
    private static void refuseSwitchInsideTransaction(TenantId tenant) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !current().map(tenant::equals).orElse(false)) {
            throw new IllegalStateException("cannot enter another tenant inside a running transaction");
        }
    }
}
