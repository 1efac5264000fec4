package ai.seiketsu.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.identity.internal.ApiKeyRepository;
import ai.seiketsu.identity.internal.ApiKeySecrets;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code sk_} API keys of the current tenant. */
@Service
public class ApiKeys {

    private final ApiKeyRepository repository;
    private final Clock clock;

    ApiKeys(ApiKeyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Issues a key for the current tenant. Its secret is returned once and stored only as a SHA-256 hash. */
    @Transactional
    public IssuedApiKey issue(String name, Set<Scope> scopes, @Nullable UUID createdBy) {
        return issue(name, scopes, createdBy, null);
    }

    /** Issues a key that stops working at {@code expiresAt} (null: never). */
    @Transactional
    public IssuedApiKey issue(String name, Set<Scope> scopes, @Nullable UUID createdBy, @Nullable Instant expiresAt) {
        String secret = ApiKeySecrets.generate();
        UUID id = UUID.randomUUID();
        String prefix = ApiKeySecrets.displayPrefix(secret);
        repository.insert(TenantContext.require(), id, name, prefix, scopes, createdBy, ApiKeySecrets.hash(secret),
                clock.instant(), expiresAt);
        return new IssuedApiKey(id, prefix, secret);
    }
}
