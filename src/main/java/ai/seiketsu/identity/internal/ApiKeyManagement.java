package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.identity.ApiKeys;
import ai.seiketsu.identity.IssuedApiKey;
import ai.seiketsu.identity.Scope;
import ai.seiketsu.identity.internal.ApiKeyRepository.ApiKeyView;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;

/** The tenant's API keys as its admins manage them: list, create (secret shown once), revoke. */
@Service
public class ApiKeyManagement {

    private final ApiKeys apiKeys;
    private final ApiKeyRepository repository;
    private final SharedCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiKeyManagement(ApiKeys apiKeys, ApiKeyRepository repository, SharedCache cache,
            ApplicationEventPublisher events, Clock clock) {
        this.apiKeys = apiKeys;
        this.repository = repository;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    /** A key just created: its view, and its secret this once. */
    public record CreatedKey(ApiKeyView key, String secret) {
    }

    @Transactional(readOnly = true)
    public Page<ApiKeyView> list(PageRequest page) {
        return repository.list(page);
    }

    @Transactional(readOnly = true)
    public Optional<ApiKeyView> find(UUID id) {
        return repository.find(id);
    }

    @Transactional
    public CreatedKey create(@Nullable String name, @Nullable List<String> scopes, @Nullable Instant expiresAt) {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            violations.add(new FieldViolation("name", "must be 1-100 characters"));
        }
        Set<Scope> granted = EnumSet.noneOf(Scope.class);
        if (scopes == null || scopes.isEmpty()) {
            violations.add(new FieldViolation("scopes", "must list at least one scope"));
        } else {
            for (String scope : scopes) {
                Scope.fromValue(scope).ifPresentOrElse(granted::add,
                        () -> violations.add(new FieldViolation("scopes", "unknown scope '" + scope + "'")));
            }
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            violations.add(new FieldViolation("expiresAt", "must be in the future"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        CurrentActor actor = CurrentActor.get();
        IssuedApiKey issued = apiKeys.issue(name.strip(), granted, actor.userId(), expiresAt);
        audit("api_key.created", actor, issued.id());
        return new CreatedKey(repository.find(issued.id()).orElseThrow(), issued.secret());
    }

    /** Revokes the key at once: the cached lookup is dropped now and again after commit. */
    @Transactional
    public void revoke(UUID id) {
        TenantId tenant = TenantContext.require();
        if (repository.find(id).isEmpty()) {
            throw ProblemException.notFound("API key");
        }
        repository.revoke(tenant, id, clock.instant()).ifPresent(hash -> {
            cache.evictNowAndAfterCommit(ApiKeyAuthenticator.cacheKey(hash));
            audit("api_key.revoked", CurrentActor.get(), id);
        });
    }

    private void audit(String action, CurrentActor actor, UUID keyId) {
        events.publishEvent(new AuditRecord(TenantContext.require(), action, actor.type(), actor.id(),
                "api_key:" + keyId, Outcome.SUCCESS, actor.ip(), clock.instant()));
    }
}
