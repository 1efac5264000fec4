package ai.seiketsu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenant-owned {@code publishable_key} rows and the platform-level {@code publishable_key_route}. */
@Repository
public class PublishableKeyRepository {

    private static final String COLUMNS = "id, agent_id, name, prefix, created_by, created_at, revoked_at, last_used_at";

    private final JdbcClient jdbc;

    PublishableKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, UUID id, UUID agentId, String name, String prefix, @Nullable UUID createdBy,
            byte[] hash, Instant now) {
        jdbc.sql("""
                insert into publishable_key (tenant_id, id, agent_id, name, prefix, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, agentId, name, prefix, createdBy, Timestamp.from(now)).update();
        jdbc.sql("""
                insert into publishable_key_route (key_hash, tenant_id, publishable_key_id, agent_id)
                values (?, ?, ?, ?)""")
                .params(hash, tenant.value(), id, agentId).update();
    }

    Optional<Route> route(byte[] hash) {
        return jdbc.sql("select tenant_id, publishable_key_id, agent_id from publishable_key_route where key_hash = ?")
                .param(hash)
                .query((rs, n) -> new Route(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .optional();
    }

    List<PublishableKeyView> listOf(UUID agentId) {
        return jdbc.sql("select " + COLUMNS + " from publishable_key where agent_id = ? order by created_at, id")
                .param(agentId).query(PublishableKeyRepository::map).list();
    }

    Optional<PublishableKeyView> find(UUID agentId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from publishable_key where agent_id = ? and id = ?")
                .params(agentId, id).query(PublishableKeyRepository::map).optional();
    }

    /** Returns the hash of the secret (for cache eviction) when the key was not revoked before. */
    Optional<byte[]> revoke(TenantId tenant, UUID id, Instant now) {
        int changed = jdbc.sql("update publishable_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(now), id).update();
        return changed == 0 ? Optional.empty() : hashOf(tenant, id);
    }

    /** Revokes every key of the agent not revoked before; answers their ids. */
    List<UUID> revokeAllOf(UUID agentId, Instant now) {
        return jdbc.sql("update publishable_key set revoked_at = ? where agent_id = ? and revoked_at is null "
                        + "returning id")
                .params(Timestamp.from(now), agentId).query(UUID.class).list();
    }

    Optional<byte[]> hashOf(TenantId tenant, UUID id) {
        return jdbc.sql("select key_hash from publishable_key_route where tenant_id = ? and publishable_key_id = ?")
                .params(tenant.value(), id).query(byte[].class).optional();
    }

    /** Whether the key may still be used (read under the key's tenant). Records use at most once a minute. */
    boolean usable(UUID id, Instant now) {
        boolean usable = jdbc.sql("select revoked_at is null from publishable_key where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
        if (usable) {
            jdbc.sql("""
                    update publishable_key set last_used_at = ?
                     where id = ? and (last_used_at is null or last_used_at < ?)""")
                    .params(Timestamp.from(now), id, Timestamp.from(now.minusSeconds(60))).update();
        }
        return usable;
    }

    private static PublishableKeyView map(ResultSet rs, int row) throws SQLException {
        return new PublishableKeyView(rs.getObject("id", UUID.class), rs.getObject("agent_id", UUID.class),
                rs.getString("name"), rs.getString("prefix"), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Route(TenantId tenant, UUID keyId, UUID agentId) {
    }

    /** A publishable key as the API shows it: never its secret or hash. */
    public record PublishableKeyView(UUID id, UUID agentId, String name, String prefix, @Nullable UUID createdBy,
            Instant createdAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    }
}
