package ai.seiketsu.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.identity.Scope;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
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
            @Nullable UUID createdBy, byte[] hash, Instant now, @Nullable Instant expiresAt) {
        String[] scopeValues = scopes.stream().map(Scope::value).sorted().toArray(String[]::new);
        jdbc.sql("""
                insert into api_key (tenant_id, id, name, prefix, scopes, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, name, prefix, scopeValues, createdBy, Timestamp.from(now),
                        expiresAt == null ? null : Timestamp.from(expiresAt))
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

    public Page<ApiKeyView> list(PageRequest page) {
        Cursor after = page.after();
        String select = "select " + VIEW_COLUMNS + " from api_key ";
        List<ApiKeyView> rows = after == null
                ? jdbc.sql(select + "order by created_at, id limit ?").param(page.limit() + 1)
                        .query(ApiKeyRepository::view).list()
                : jdbc.sql(select + "where (created_at, id) > (?, ?) order by created_at, id limit ?")
                        .params(Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(ApiKeyRepository::view).list();
        return Page.of(rows, page.limit(), key -> new Cursor(key.createdAt(), key.id()));
    }

    public Optional<ApiKeyView> find(UUID id) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from api_key where id = ?").param(id)
                .query(ApiKeyRepository::view).optional();
    }

    /** Marks the key revoked; returns the hash of its secret (for cache eviction) if it was not revoked before. */
    public Optional<byte[]> revoke(TenantId tenant, UUID id, Instant now) {
        int changed = jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(now), id).update();
        if (changed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select key_hash from api_key_route where tenant_id = ? and api_key_id = ?")
                .params(tenant.value(), id).query(byte[].class).optional();
    }

    private static final String VIEW_COLUMNS =
            "id, name, prefix, scopes, created_by, created_at, expires_at, revoked_at, last_used_at";

    private static ApiKeyView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiKeyView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                Arrays.asList((String[]) rs.getArray("scopes").getArray()), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
    }

    /** A key as the API shows it: never its secret or hash. */
    public record ApiKeyView(UUID id, String name, String prefix, List<String> scopes, @Nullable UUID createdBy,
            Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {
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
