package ai.seiketsu.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.audit.AuditFilter;
import ai.seiketsu.audit.internal.ChainedEvent.ChainHead;
import ai.seiketsu.shared.AuditRecord.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chains' tables: {@code audit_event} (tenant-owned, row-level security) and {@code platform_audit_event}.
 * Reading and appending only: the runtime role has no other grant on them. Tenant queries also name the tenant,
 * which row-level security would enforce anyway, so that they use the (tenant_id, seq) key.
 */
@Repository
public class AuditEventRepository {

    private static final String COLUMNS = """
            seq, id, occurred_at, action, actor_type, actor_id, target, outcome, ip, prev_hash, hash""";

    private final JdbcClient jdbc;

    AuditEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises appends to one chain until the transaction ends, so that two writers never read the same head
     * and fork seq or prev_hash. Transaction-scoped: it cannot outlive a rollback or leak into a pooled session.
     */
    void lock(AuditChain chain) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(chain.lockName())
                .query((RowCallbackHandler) rs -> { });
    }

    Optional<ChainHead> head(AuditChain chain) {
        Where where = Where.of(chain);
        return jdbc.sql("select seq, hash from " + chain.table() + where.sql() + " order by seq desc limit 1")
                .params(where.params())
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getBytes(2))).optional();
    }

    void insert(AuditChain chain, ChainedEvent row) {
        List<Object> values = new ArrayList<>();
        if (!chain.isPlatform()) {
            values.add(chain.requireTenant().value());
        }
        values.addAll(Arrays.asList(row.seq(), row.id(), row.occurredAt().atOffset(ZoneOffset.UTC),
                row.action(), row.actorType(), row.actorId(), row.target(), row.outcome().name(), row.ip(),
                row.prevHash(), row.hash()));
        String columns = (chain.isPlatform() ? "" : "tenant_id, ") + COLUMNS;
        jdbc.sql("insert into " + chain.table() + " (" + columns + ") values (" + placeholders(values.size()) + ")")
                .params(values).update();
    }

    /** Up to {@code limit} rows, newest first, before position {@code beforeSeq} when given. */
    public List<ChainedEvent> newestFirst(AuditChain chain, AuditFilter filter, @Nullable Long beforeSeq,
            int limit) {
        Where where = Where.of(chain);
        if (filter.action() != null) {
            where.and("action = ?", filter.action());
        }
        if (filter.outcome() != null) {
            where.and("outcome = ?", filter.outcome().name());
        }
        if (beforeSeq != null) {
            where.and("seq < ?", beforeSeq);
        }
        return jdbc.sql("select " + COLUMNS + " from " + chain.table() + where.sql() + " order by seq desc limit ?")
                .params(where.params()).param(limit).query(AuditEventRepository::map).list();
    }

    /** Up to {@code limit} rows after position {@code afterSeq}, in chain order: for verification. */
    public List<ChainedEvent> oldestFirst(AuditChain chain, long afterSeq, int limit) {
        Where where = Where.of(chain).and("seq > ?", afterSeq);
        return jdbc.sql("select " + COLUMNS + " from " + chain.table() + where.sql() + " order by seq limit ?")
                .params(where.params()).param(limit).query(AuditEventRepository::map).list();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static ChainedEvent map(ResultSet rs, int row) throws SQLException {
        return new ChainedEvent(rs.getLong("seq"), rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("target"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("ip"), rs.getBytes("prev_hash"),
                rs.getBytes("hash"));
    }

    /** The conditions of one query, with their bind values in order; always scoped to the chain. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        static Where of(AuditChain chain) {
            Where where = new Where();
            if (!chain.isPlatform()) {
                where.and("tenant_id = ?", chain.requireTenant().value());
            }
            return where;
        }

        Where and(String condition, Object param) {
            conditions.add(condition);
            params.add(param);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        List<Object> params() {
            return params;
        }
    }
}
