package ai.seiketsu.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.shared.TimeZones;
import ai.seiketsu.tenancy.internal.TenantRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The tenant registry: registering agencies (from provisioning), reading them, and the operator's changes
 * (suspend, resume, plan and limits).
 */
@Service
public class Tenants {

    static final Duration STATUS_TTL = Duration.ofSeconds(30);
    static final Duration LIMITS_TTL = Duration.ofSeconds(30);

    private final TenantRepository repository;
    private final SharedCache cache;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Tenants(TenantRepository repository, SharedCache cache, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.cache = cache;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Registers a tenant on its plan's default limits. Runs in the caller's transaction, so provisioning can
     * make tenant, owner, voice agent and key one unit. A taken slug is a 409.
     */
    @Transactional
    public Tenant register(NewTenant request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!TenantSlug.isValid(request.slug())) {
            violations.add(new FieldViolation("slug", "must be 3-40 characters of a-z, 0-9 and '-', "
                    + "starting and ending with a letter or digit"));
        }
        if (request.name().isBlank() || request.name().length() > 200) {
            violations.add(new FieldViolation("name", "must be 1-200 characters"));
        }
        if (!isZone(request.timeZone())) {
            violations.add(new FieldViolation("timeZone", TimeZones.MESSAGE));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = clock.instant();
        Tenant tenant = new Tenant(request.id(), request.slug(), request.name().strip(), request.plan(),
                TenantStatus.ACTIVE, ZoneId.of(request.timeZone()).getId(), request.plan().defaultLimits(), false, now, now);
        try {
            repository.insert(tenant);
        } catch (DuplicateKeyException e) {
            throw new ProblemException(409, "SLUG_TAKEN", "The slug '" + request.slug() + "' is already taken.");
        }
        return tenant;
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> find(TenantId id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Page<Tenant> list(PageRequest page) {
        return repository.list(page);
    }

    /**
     * Whether the tenant exists and is served; asked on every authenticated request, so it is cached (and the
     * entry dropped when the operator changes the tenant).
     */
    public Optional<TenantStatus> statusOf(TenantId id) {
        CacheKey key = statusKey(id);
        Optional<TenantStatus> cached = cache.get(key).map(TenantStatus::valueOf);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<TenantStatus> status = repository.statusOf(id);
        status.ifPresent(value -> cache.put(key, value.name(), STATUS_TTL));
        return status;
    }

    /**
     * The tenant's limits; asked on every API request (rate limits), so cached like {@link #statusOf} and dropped
     * when the operator changes the tenant.
     */
    public Optional<PlanLimits> limitsOf(TenantId id) {
        CacheKey key = limitsKey(id);
        Optional<PlanLimits> cached = cache.get(key).map(Tenants::decodeLimits);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<PlanLimits> limits = repository.find(id).map(Tenant::limits);
        limits.ifPresent(value -> cache.put(key, encodeLimits(value), LIMITS_TTL));
        return limits;
    }

    @Transactional
    public Tenant change(TenantId id, TenantChange change) {
        Tenant current = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Tenant"));
        if (change.timeZone() != null && !isZone(change.timeZone())) {
            throw ProblemException.invalid("timeZone", TimeZones.MESSAGE);
        }
        if (change.name() != null && (change.name().isBlank() || change.name().length() > 200)) {
            throw ProblemException.invalid("name", "must be 1-200 characters");
        }
        Plan plan = change.plan() != null ? change.plan() : current.plan();
        PlanLimits limits = change.limits() != null ? change.limits()
                : change.plan() != null ? plan.defaultLimits() : current.limits();
        Tenant changed = new Tenant(id, current.slug(),
                change.name() != null ? change.name().strip() : current.name(), plan,
                change.status() != null ? change.status() : current.status(),
                change.timeZone() != null ? ZoneId.of(change.timeZone()).getId() : current.timeZone(),
                limits, change.requireMfaForAdmins() != null ? change.requireMfaForAdmins()
                        : current.requireMfaForAdmins(), current.createdAt(), clock.instant());
        repository.update(changed);
        cache.evictNowAndAfterCommit(statusKey(id));
        audit(current, changed);
        cache.evictNowAndAfterCommit(limitsKey(id));
        return changed;
    }

    /**
     * The operator's changes go to the platform chain (the operator acts on tenants, not inside one), in this
     * transaction: a change that rolls back leaves no record. Only what actually changed is recorded.
     */
    private void audit(Tenant before, Tenant after) {
        if (before.status() != after.status()) {
            audit(after.status() == TenantStatus.SUSPENDED ? "tenant.suspended" : "tenant.resumed", after);
        }
        if (before.plan() != after.plan()) {
            audit("tenant.plan_changed", after);
        }
        if (!before.limits().equals(after.limits())) {
            audit("tenant.limits_changed", after);
        }
    }

    private void audit(String action, Tenant tenant) {
        events.publishEvent(new AuditRecord(null, action, "operator", null, "tenant:" + tenant.id(),
                Outcome.SUCCESS, null, tenant.updatedAt()));
    }

    private static CacheKey statusKey(TenantId id) {
        return CacheKey.tenant(id, "tenant", "status");
    }

    private static CacheKey limitsKey(TenantId id) {
        return CacheKey.tenant(id, "tenant", "limits");
    }

    /** {@code members,voiceAgents,concurrentCalls,monthlyVoiceMinutes,apiRequestsPerSecond}. */
    private static String encodeLimits(PlanLimits limits) {
        return limits.members() + "," + limits.voiceAgents() + "," + limits.concurrentCalls() + ","
                + limits.monthlyVoiceMinutes() + "," + limits.apiRequestsPerSecond();
    }

    private static PlanLimits decodeLimits(String value) {
        int[] parts = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        return new PlanLimits(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    private static boolean isZone(String zone) {
        return TimeZones.isValid(zone);
    }
}
