package ai.seiketsu.audit;

import java.util.List;

import ai.seiketsu.audit.internal.AuditChain;
import ai.seiketsu.audit.internal.AuditEventRepository;
import ai.seiketsu.audit.internal.ChainCheck;
import ai.seiketsu.audit.internal.ChainedEvent;
import ai.seiketsu.audit.internal.SeqCursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and verifying the audit chains: the current tenant's, and the platform's (for the operator). Records
 * are not written here but published as {@link ai.seiketsu.shared.AuditRecord} events, so that no module needs
 * to depend on this one.
 */
@Service
public class AuditLog {

    static final int VERIFY_BATCH = 1_000;

    private final AuditEventRepository repository;

    AuditLog(AuditEventRepository repository) {
        this.repository = repository;
    }

    /** The current tenant's events, newest first; {@code limit} 1-200 (default 50), {@code cursor} opaque. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> tenantEvents(AuditFilter filter, @Nullable Integer limit, @Nullable String cursor) {
        return page(AuditChain.of(TenantContext.require()), filter, limit, cursor);
    }

    /** The platform chain's events, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> platformEvents(AuditFilter filter, @Nullable Integer limit, @Nullable String cursor) {
        return page(AuditChain.PLATFORM, filter, limit, cursor);
    }

    /** Recomputes the current tenant's whole chain, on one snapshot so that concurrent appends do not interfere. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verifyTenantChain() {
        return verify(AuditChain.of(TenantContext.require()));
    }

    /** Recomputes the whole platform chain. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verifyPlatformChain() {
        return verify(AuditChain.PLATFORM);
    }

    private Page<AuditEvent> page(AuditChain chain, AuditFilter filter, @Nullable Integer limit,
            @Nullable String cursor) {
        int size = PageRequest.of(limit, null).limit();
        Long before = cursor == null || cursor.isBlank() ? null : SeqCursor.decode(cursor).seq();
        List<ChainedEvent> rows = repository.newestFirst(chain, filter, before, size + 1);
        List<AuditEvent> shown = rows.stream().limit(size).map(ChainedEvent::toEvent).toList();
        return new Page<>(shown, rows.size() > size ? new SeqCursor(shown.getLast().seq()).encode() : null);
    }

    /** Reads the chain in batches, so that a long chain never sits in memory at once. */
    private ChainVerification verify(AuditChain chain) {
        ChainCheck check = new ChainCheck(chain);
        long after = 0;
        List<ChainedEvent> batch;
        do {
            batch = repository.oldestFirst(chain, after, VERIFY_BATCH);
            for (ChainedEvent row : batch) {
                if (!check.accept(row)) {
                    return check.result();
                }
            }
            after = batch.isEmpty() ? after : batch.getLast().seq();
        } while (batch.size() == VERIFY_BATCH);
        return check.result();
    }
}
