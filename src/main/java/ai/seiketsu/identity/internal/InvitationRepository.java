package ai.seiketsu.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenant-owned {@code invitation} rows and the platform-level {@code invitation_route}. */
@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, UUID id, UUID membershipId, @Nullable UUID createdBy, byte[] hash, Instant now,
            Instant expiresAt) {
        jdbc.sql("""
                insert into invitation (tenant_id, id, membership_id, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, membershipId, createdBy, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        jdbc.sql("insert into invitation_route (token_hash, tenant_id, invitation_id) values (?, ?, ?)")
                .params(hash, tenant.value(), id).update();
    }

    Optional<Route> route(byte[] hash) {
        return jdbc.sql("select tenant_id, invitation_id from invitation_route where token_hash = ?").param(hash)
                .query((rs, n) -> new Route(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
                .optional();
    }

    Optional<Row> findForUpdate(UUID id) {
        return jdbc.sql("select id, membership_id, expires_at, accepted_at from invitation where id = ? for update")
                .param(id)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void markAccepted(UUID id, Instant now) {
        jdbc.sql("update invitation set accepted_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    /** Ends every open invitation of a membership (when the invitation is cancelled). */
    void expireFor(UUID membershipId, Instant now) {
        jdbc.sql("update invitation set expires_at = ? where membership_id = ? and accepted_at is null")
                .params(Timestamp.from(now), membershipId).update();
    }

    record Route(TenantId tenant, UUID invitationId) {
    }

    record Row(UUID id, UUID membershipId, Instant expiresAt, @Nullable Instant acceptedAt) {
    }
}
