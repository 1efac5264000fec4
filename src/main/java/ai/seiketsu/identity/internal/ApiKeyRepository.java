package ai.seiketsu.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.identity.Scope;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code api_key} table and the platform-level {@code api_key_route}. */
@Repository
public class ApiKeyRepository {

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, UUID id, String name, String prefix, Set<Scope> scopes,
            @Nullable UUID createdBy, byte[] hash, Instant now) {
        String[] scopeValues = scopes.stream().map(Scope::value).sorted().toArray(String[]::new);
        jdbc.sql("""
                insert into api_key (tenant_id, id, name, prefix, scopes, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, name, prefix, scopeValues, createdBy, Timestamp.from(now))
                .update();
        jdbc.sql("insert into api_key_route (key_hash, tenant_id, api_key_id) values (?, ?, ?)")
                .params(hash, tenant.value(), id)
                .update();
    }

    /** Routing: which tenant and key a presented secret's hash belongs to. Needs no tenant context. */
    public Optional<KeyRoute> route(byte[] hash) {
        return jdbc.sql("select tenant_id, api_key_id from api_key_route where key_hash = ?")
                .param(hash)
                .query((rs, n) -> new KeyRoute(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** The key's state, read under its tenant's context. */
    public Optional<KeyState> state(UUID id) {
        return jdbc.sql("select scopes, expires_at, revoked_at from api_key where id = ?")
                .param(id)
                .query((rs, n) -> new KeyState(
                        Arrays.stream((String[]) rs.getArray(1).getArray()).map(Scope::fromValue)
                                .flatMap(Optional::stream).toList(),
                        instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
                .optional();
    }

    /** Records use at most once a minute per key, so that authentication stays a read almost always. */
    public void touch(UUID id, Instant now) {
        jdbc.sql("""
                update api_key set last_used_at = ?
                 where id = ? and (last_used_at is null or last_used_at < ?)""")
                .params(Timestamp.from(now), id, Timestamp.from(now.minusSeconds(60)))
                .update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public record KeyRoute(TenantId tenant, UUID keyId) {
    }

    public record KeyState(java.util.List<Scope> scopes, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

        boolean usableAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }
}
