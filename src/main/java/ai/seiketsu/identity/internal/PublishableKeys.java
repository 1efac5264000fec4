package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgentDeleted;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.identity.PublishableKeyPrincipal;
import ai.seiketsu.identity.internal.PublishableKeyRepository.PublishableKeyView;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishable {@code pk_} keys: one voice agent's key for the agency's website, listed, created (shown once) and
 * revoked by those who may change voice agents, and authenticated like {@code sk_} keys (hash, routing table,
 * short cache that revocation evicts).
 */
@Service
public class PublishableKeys {

    static final String PREFIX = "pk_";
    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private final PublishableKeyRepository repository;
    private final VoiceAgents agents;
    private final SharedCache cache;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishableKeys(PublishableKeyRepository repository, VoiceAgents agents, SharedCache cache,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.agents = agents;
        this.cache = cache;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A key just created, with its secret this once. */
    public record Created(PublishableKeyView key, String secret) {
    }

    @Transactional(readOnly = true)
    public List<PublishableKeyView> list(UUID agentId) {
        requireAgent(agentId);
        return repository.listOf(agentId);
    }

    @Transactional
    public Created create(UUID agentId, @Nullable String name) {
        requireAgent(agentId);
        String label = name == null || name.isBlank() ? "Website" : name.strip();
        if (label.length() > 100) {
            throw ProblemException.invalid("name", "must be at most 100 characters");
        }
        String secret = OpaqueTokens.generate(PREFIX);
        UUID id = UUID.randomUUID();
        CurrentActor actor = CurrentActor.get();
        repository.insert(TenantContext.require(), id, agentId, label, secret.substring(0, PREFIX.length() + 8),
                actor.userId(), OpaqueTokens.sha256(secret), clock.instant());
        audit("publishable_key.created", actor, id);
        return new Created(repository.find(agentId, id).orElseThrow(), secret);
    }

    @Transactional
    public void revoke(UUID agentId, UUID id) {
        requireAgent(agentId);
        if (repository.find(agentId, id).isEmpty()) {
            throw ProblemException.notFound("Publishable key");
        }
        repository.revoke(TenantContext.require(), id, clock.instant()).ifPresent(hash -> {
            cache.evictNowAndAfterCommit(cacheKey(hash));
            audit("publishable_key.revoked", CurrentActor.get(), id);
        });
    }

    /**
     * A deleted voice agent's keys are revoked in the deleting transaction: they stop working with the same commit
     * (their cached lookups are dropped now and again after it), and a deletion that rolls back keeps them. A
     * synchronous listener rather than an {@code @ApplicationModuleListener} after the commit, which would leave
     * a deleted agent's key working until it ran; nothing can be lost between the two, so no outbox is needed.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VoiceAgentDeleted deleted) {
        TenantId tenant = TenantContext.require();
        if (!tenant.equals(deleted.tenantId())) {
            throw new IllegalStateException("VoiceAgentDeleted of another tenant inside a transaction of " + tenant);
        }
        CurrentActor actor = CurrentActor.get();
        for (UUID id : repository.revokeAllOf(deleted.agentId(), clock.instant())) {
            repository.hashOf(tenant, id).ifPresent(hash -> cache.evictNowAndAfterCommit(cacheKey(hash)));
            audit("publishable_key.revoked", actor, id);
        }
    }

    /** The caller behind a presented {@code pk_} secret, if it is a key that was not revoked. */
    Optional<PublishableKeyPrincipal> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = OpaqueTokens.sha256(secret);
        Optional<String> cached = cache.get(cacheKey(hash));
        if (cached.isPresent()) {
            String[] parts = cached.get().split("\\|");
            return Optional.of(new PublishableKeyPrincipal(TenantId.of(parts[0]), UUID.fromString(parts[1]),
                    UUID.fromString(parts[2])));
        }
        return repository.route(hash).filter(route -> TenantContext.call(route.tenant(), () ->
                        transactions.execute(status -> repository.usable(route.keyId(), clock.instant()))))
                .map(route -> {
                    cache.put(cacheKey(hash), route.tenant() + "|" + route.keyId() + "|" + route.agentId(), CACHE_TTL);
                    return new PublishableKeyPrincipal(route.tenant(), route.keyId(), route.agentId());
                });
    }

    private void requireAgent(UUID agentId) {
        if (agents.find(agentId).isEmpty()) {
            throw ProblemException.notFound("Voice agent");
        }
    }

    private void audit(String action, CurrentActor actor, UUID keyId) {
        events.publishEvent(new AuditRecord(TenantContext.require(), action, actor.type(), actor.id(),
                "publishable_key:" + keyId, Outcome.SUCCESS, actor.ip(), clock.instant()));
    }

    static CacheKey cacheKey(byte[] hash) {
        return CacheKey.platform("publishable-key", HexFormat.of().formatHex(hash));
    }
}
