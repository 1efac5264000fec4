package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import ai.seiketsu.identity.internal.ApiKeyRepository.KeyRoute;
import ai.seiketsu.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a presented {@code sk_} secret into a principal: the routing table gives tenant and key id without any
 * tenant context, then the key itself is read (and its use recorded) inside that tenant's context.
 */
@Component
class ApiKeyAuthenticator {

    private final ApiKeyRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiKeyAuthenticator(ApiKeyRepository repository, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    Optional<ApiKeyPrincipal> authenticate(String secret) {
        if (!secret.startsWith(ApiKeySecrets.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<KeyRoute> route = repository.route(ApiKeySecrets.hash(secret));
        if (route.isEmpty()) {
            return Optional.empty();
        }
        KeyRoute found = route.get();
        Instant now = clock.instant();
        return TenantContext.call(found.tenant(), () -> transactions.execute(status -> repository
                .state(found.keyId())
                .filter(state -> state.usableAt(now))
                .map(state -> {
                    repository.touch(found.keyId(), now);
                    return new ApiKeyPrincipal(found.tenant(), found.keyId(), state.scopes());
                })));
    }
}
