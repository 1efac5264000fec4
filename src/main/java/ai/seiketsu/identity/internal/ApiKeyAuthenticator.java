package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import ai.seiketsu.identity.Scope;
import ai.seiketsu.identity.internal.ApiKeyRepository.KeyRoute;
import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a presented {@code sk_} secret into a principal: the routing table gives tenant and key id without any
 * tenant context, then the key itself is read (and its use recorded) inside that tenant's context. The result
 * is cached for a minute under the secret's hash (never the secret), so a busy integration costs no database
 * round trip per request; revoking a key must evict {@link #cacheKey(byte[])}.
 */
@Component
class ApiKeyAuthenticator {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private final ApiKeyRepository repository;
    private final TransactionTemplate transactions;
    private final SharedCache cache;
    private final Clock clock;

    ApiKeyAuthenticator(ApiKeyRepository repository, TransactionTemplate transactions, SharedCache cache,
            Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
    }

    Optional<ApiKeyPrincipal> authenticate(String secret) {
        if (!secret.startsWith(ApiKeySecrets.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = ApiKeySecrets.hash(secret);
        Instant now = clock.instant();
        Optional<CachedKey> cached = cache.get(cacheKey(hash)).map(CachedKey::decode);
        if (cached.isPresent()) {
            return cached.filter(key -> key.usableAt(now)).map(CachedKey::principal);
        }
        Optional<KeyRoute> route = repository.route(hash);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        KeyRoute found = route.get();
        return TenantContext.call(found.tenant(), () -> transactions.execute(status -> repository
                .state(found.keyId())
                .filter(state -> state.usableAt(now))
                .map(state -> {
                    repository.touch(found.keyId(), now);
                    ApiKeyPrincipal principal = new ApiKeyPrincipal(found.tenant(), found.keyId(), state.scopes());
                    cache.put(cacheKey(hash), new CachedKey(principal, state.expiresAt()).encode(), CACHE_TTL);
                    return principal;
                })));
    }

    static CacheKey cacheKey(byte[] hash) {
        return CacheKey.platform("api-key", HexFormat.of().formatHex(hash));
    }

    /** A usable key as cached: {@code tenant|key|expiresAt millis or -|scope,scope}. Ids only, no secret. */
    record CachedKey(ApiKeyPrincipal principal, @Nullable Instant expiresAt) {

        boolean usableAt(Instant now) {
            return expiresAt == null || expiresAt.isAfter(now);
        }

        String encode() {
            return principal.tenant() + "|" + principal.keyId() + "|"
                    + (expiresAt == null ? "-" : Long.toString(expiresAt.toEpochMilli())) + "|"
                    + principal.scopes().stream().map(Scope::value).collect(Collectors.joining(","));
        }

        static CachedKey decode(String value) {
            String[] parts = value.split("\\|", -1);
            List<Scope> scopes = parts[3].isEmpty() ? List.of() : Arrays.stream(parts[3].split(","))
                    .map(Scope::fromValue).flatMap(Optional::stream).toList();
            return new CachedKey(new ApiKeyPrincipal(TenantId.of(parts[0]), UUID.fromString(parts[1]), scopes),
                    "-".equals(parts[2]) ? null : Instant.ofEpochMilli(Long.parseLong(parts[2])));
        }
    }
}
