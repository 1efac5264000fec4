package ai.seiketsu.audit.internal;

import java.util.Objects;
import java.util.UUID;

import ai.seiketsu.audit.internal.ChainedEvent.ChainHead;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends every {@link AuditRecord} to its chain, synchronously. Inside a running transaction the row is written
 * in it, so the record and the change it describes commit or roll back together; otherwise the listener opens a
 * transaction of its own, in the record's tenant for a tenant record.
 *
 * <p>A tenant record inside a transaction of another tenant (or of none) is a bug in the publisher: the row
 * would be written under the wrong tenant's row-level security, so it fails loudly instead. The same goes for a
 * read-only transaction, which cannot append.
 */
@Component
class AuditRecordListener {

    private final AuditEventRepository repository;
    private final TransactionTemplate transactions;

    AuditRecordListener(AuditEventRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    @EventListener
    void on(AuditRecord record) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            requireWritableTransactionOf(record.tenantId());
            append(record);
        } else if (record.tenantId() != null) {
            TenantContext.run(record.tenantId(), () -> transactions.executeWithoutResult(status -> append(record)));
        } else {
            transactions.executeWithoutResult(status -> append(record));
        }
    }

    private void append(AuditRecord record) {
        AuditChain chain = AuditChain.of(record.tenantId());
        repository.lock(chain);
        ChainHead head = repository.head(chain).orElse(ChainHead.EMPTY);
        repository.insert(chain, ChainedEvent.append(chain, head, UUID.randomUUID(), record, ipOf(record)));
    }

    private static void requireWritableTransactionOf(@Nullable TenantId tenant) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("an audit record cannot be appended inside a read-only transaction");
        }
        if (tenant != null && !TenantContext.current().map(tenant::equals).orElse(false)) {
            throw new IllegalStateException("an audit record of tenant " + tenant
                    + " was published inside a transaction of " + TenantContext.current().map(Objects::toString)
                            .orElse("no tenant"));
        }
    }

    /**
     * The publisher's address if it gave one, else the address of the HTTP request this thread is serving as the
     * servlet container sees it (forwarded headers count only where server.forward-headers-strategy trusts a
     * proxy, so a client cannot choose it), else none.
     */
    private static @Nullable String ipOf(AuditRecord record) {
        if (record.ip() != null) {
            return record.ip();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }
}
