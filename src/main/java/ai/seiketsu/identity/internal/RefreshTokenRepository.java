package ai.seiketsu.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenant-owned {@code refresh_token} rows and the platform-level {@code refresh_token_route}. */
@Repository
class RefreshTokenRepository {

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, UUID id, UUID familyId, UUID membershipId, byte[] hash, Instant now,
            Instant expiresAt) {
        jdbc.sql("""
                insert into refresh_token (tenant_id, id, family_id, membership_id, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, familyId, membershipId, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        jdbc.sql("insert into refresh_token_route (token_hash, tenant_id, refresh_token_id) values (?, ?, ?)")
                .params(hash, tenant.value(), id).update();
    }

    Optional<Route> route(byte[] hash) {
        return jdbc.sql("select tenant_id, refresh_token_id from refresh_token_route where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Route(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** The token's row, locked for this transaction so that two concurrent refreshes cannot both rotate it. */
    Optional<Row> findForUpdate(UUID id) {
        return jdbc.sql("""
                select id, family_id, membership_id, expires_at, rotated_at, revoked_at
                  from refresh_token where id = ? for update""")
                .param(id)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))))
                .optional();
    }

    void markRotated(UUID id, Instant now) {
        jdbc.sql("update refresh_token set rotated_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    void revokeFamily(UUID familyId, Instant now) {
        jdbc.sql("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null")
                .params(Timestamp.from(now), familyId).update();
    }

    /** Ends every sign-in of a membership (deactivated members keep no session). */
    void revokeAllOf(UUID membershipId, Instant now) {
        jdbc.sql("update refresh_token set revoked_at = ? where membership_id = ? and revoked_at is null")
                .params(Timestamp.from(now), membershipId).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Route(TenantId tenant, UUID tokenId) {
    }

    record Row(UUID id, UUID familyId, UUID membershipId, Instant expiresAt, @Nullable Instant rotatedAt,
            @Nullable Instant revokedAt) {
    }
}
