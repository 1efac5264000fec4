package ai.seiketsu.idempotency.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant-owned {@code idempotency_key} table. Each operation is its own short transaction, committed before
 * the request's own work begins or after it has ended: a reservation must be visible to concurrent duplicates
 * while the first request still runs. Entries expire after {@link #TTL}; expired ones of the tenant are deleted
 * whenever it reserves a key.
 */
@Repository
class IdempotencyKeys {

    static final Duration TTL = Duration.ofHours(24);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ResponseCipher cipher;
    private final JsonMapper json;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions, ResponseCipher cipher, JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /** What the first request with a key was. */
    record Fingerprint(String method, String path, byte[] bodyHash) {

        boolean sameAs(Fingerprint other) {
            return method.equals(other.method) && path.equals(other.path)
                    && java.security.MessageDigest.isEqual(bodyHash, other.bodyHash);
        }
    }

    /** The stored first answer. */
    record StoredResponse(int status, Map<String, String> headers, byte[] body) {
    }

    /** A key found taken: the first request's fingerprint and, once it has finished, its answer. */
    record Existing(Fingerprint fingerprint, @Nullable StoredResponse response) {
    }

    /** True when this request now holds the key; false when another request with the key came first. */
    boolean reserve(String key, Fingerprint request) {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        return Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.sql("delete from idempotency_key where created_at < ?").param(Timestamp.from(now.minus(TTL)))
                    .update();
            return jdbc.sql("""
                    insert into idempotency_key (tenant_id, key, request_method, request_path, request_hash, created_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, key) do nothing""")
                    .params(tenant.value(), key, request.method(), request.path(), request.bodyHash(),
                            Timestamp.from(now))
                    .update() == 1;
        }));
    }

    Optional<Existing> find(String key) {
        return tx.execute(status -> jdbc.sql("""
                select request_method, request_path, request_hash, status_code, response_headers::text,
                       response_body
                  from idempotency_key where key = ? and created_at >= ?""")
                .params(key, Timestamp.from(clock.instant().minus(TTL)))
                .query((rs, row) -> {
                    Fingerprint fingerprint = new Fingerprint(rs.getString(1), rs.getString(2), rs.getBytes(3));
                    int code = rs.getInt(4);
                    StoredResponse response = rs.wasNull() ? null : new StoredResponse(code,
                            json.readValue(rs.getString(5), HEADERS), cipher.decrypt(context(key), rs.getBytes(6)));
                    return new Existing(fingerprint, response);
                })
                .optional());
    }

    void complete(String key, StoredResponse response) {
        tx.executeWithoutResult(status -> jdbc.sql("""
                update idempotency_key set status_code = ?, response_headers = ?::jsonb, response_body = ?,
                       completed_at = ?
                 where key = ?""")
                .params(response.status(), json.writeValueAsString(response.headers()),
                        cipher.encrypt(context(key), response.body()), Timestamp.from(clock.instant()), key)
                .update());
    }

    /** Frees the key after a failure on our side, so that a retry runs the request again. */
    void release(String key) {
        tx.executeWithoutResult(status -> jdbc.sql("delete from idempotency_key where key = ?").param(key).update());
    }

    private static String context(String key) {
        return TenantContext.require() + "|" + key;
    }
}
