package ai.seiketsu.agents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.agents.internal.DialogueRules;
import ai.seiketsu.agents.internal.PhoneNumberRoutes;
import ai.seiketsu.agents.internal.VoiceAgentRepository;
import ai.seiketsu.agents.internal.VoiceAgentRules;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Caller;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.PhoneNumber;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's voice agents: configured by the agency (create, change, delete) within its plan's number
 * of agents, and found by the number a caller dialled ({@link #findByPhoneNumber}), before any tenant is known.
 * Creating or changing an agent publishes {@link VoiceAgentSaved}.
 */
@Service
public class VoiceAgents {

    public static final String PHONE_NUMBER_TAKEN = "PHONE_NUMBER_TAKEN";
    public static final String PLAN_LIMIT = "PLAN_LIMIT";

    private final VoiceAgentRepository repository;
    private final PhoneNumberRoutes routes;
    private final Tenants tenants;
    private final TeamRoster team;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoiceAgents(VoiceAgentRepository repository, PhoneNumberRoutes routes, Tenants tenants, TeamRoster team,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.routes = routes;
        this.tenants = tenants;
        this.team = team;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The voice agent every new agency starts with: a receptionist that greets in the agency's name. Not audited
     * on its own: the tenant's chain starts with {@code tenant.created}, which provisioning records.
     */
    @Transactional
    public VoiceAgent createDefault(String agencyName) {
        TenantId tenant = TenantContext.require();
        VoiceAgent agent = defaults(tenant, "Receptionist", agencyName);
        repository.insert(tenant, agent);
        events.publishEvent(new VoiceAgentSaved(tenant, agent.id()));
        return agent;
    }

    /**
     * A new agent from {@code change} over the defaults ({@code name} is required). 409 {@code PLAN_LIMIT} when the
     * plan's voice agents are used up, 409 {@code PHONE_NUMBER_TAKEN} when another agent has the number.
     */
    @Transactional
    public VoiceAgent create(VoiceAgentChange change) {
        TenantId tenant = TenantContext.require();
        Tenant agency = tenants.find(tenant).orElseThrow();
        VoiceAgent initial = defaults(tenant, Objects.requireNonNullElse(change.name(), ""), agency.name());
        VoiceAgent agent = withUpdatedAt(change.applyTo(initial), initial.updatedAt());
        validate(agent, change);
        repository.lockCreationsOf(tenant);
        int limit = agency.limits().voiceAgents();
        if (repository.countLive() >= limit) {
            throw new ProblemException(409, PLAN_LIMIT, "The plan allows " + limit
                    + " voice agents. Delete one or ask for a larger plan.");
        }
        claim(tenant, agent.id(), agent.phoneNumber());
        repository.insert(tenant, agent);
        events.publishEvent(new VoiceAgentSaved(tenant, agent.id()));
        audit(tenant, "voice_agent.created", agent.id());
        return agent;
    }

    /** Applies {@code change} to the agent; 404 for an agent that does not exist (or is another tenant's). */
    @Transactional
    public VoiceAgent change(UUID id, VoiceAgentChange change) {
        TenantId tenant = TenantContext.require();
        VoiceAgent current = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Voice agent"));
        VoiceAgent changed = withUpdatedAt(change.applyTo(current), clock.instant());
        validate(changed, change);
        if (!Objects.equals(current.phoneNumber(), changed.phoneNumber())) {
            claim(tenant, id, changed.phoneNumber());
            if (current.phoneNumber() != null) {
                routes.release(current.phoneNumber(), tenant, id);
            }
        }
        repository.update(changed);
        events.publishEvent(new VoiceAgentSaved(tenant, id));
        audit(tenant, "voice_agent.updated", id);
        return changed;
    }

    /**
     * Deletes the agent: it disappears from the API, its phone number is free for any agent again, and
     * {@link VoiceAgentDeleted} is published in this transaction (identity revokes the agent's publishable keys
     * in it, so they stop working with the same commit).
     */
    @Transactional
    public void delete(UUID id) {
        TenantId tenant = TenantContext.require();
        VoiceAgent current = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Voice agent"));
        if (current.phoneNumber() != null) {
            routes.release(current.phoneNumber(), tenant, id);
        }
        repository.markDeleted(id, clock.instant());
        audit(tenant, "voice_agent.deleted", id);
        events.publishEvent(new VoiceAgentDeleted(tenant, id));
    }

    @Transactional(readOnly = true)
    public Page<VoiceAgent> list(PageRequest page) {
        return repository.list(page);
    }

    @Transactional(readOnly = true)
    public Optional<VoiceAgent> find(UUID id) {
        return repository.find(id);
    }

    /**
     * The tenant and agent that answer {@code number}; needs no tenant in context (telephony calls it with the
     * dialled number, before it knows the agency). Read the agent itself inside that tenant.
     */
    @Transactional(readOnly = true)
    public Optional<PhoneRoute> findByPhoneNumber(PhoneNumber number) {
        return routes.find(number.value());
    }

    private void claim(TenantId tenant, UUID agentId, @Nullable String number) {
        if (number != null && !routes.claim(number, tenant, agentId)) {
            throw new ProblemException(409, PHONE_NUMBER_TAKEN, "The phone number " + number
                    + " already belongs to a voice agent.");
        }
    }

    /** In the change's transaction, with the caller's name (agents cannot see identity's principals). */
    private void audit(TenantId tenant, String action, UUID id) {
        events.publishEvent(Caller.current().audit(tenant, action, "voice_agent:" + id, Outcome.SUCCESS,
                clock.instant()));
    }

    private void validate(VoiceAgent agent, VoiceAgentChange change) {
        List<FieldViolation> violations = new ArrayList<>(VoiceAgentRules.violations(agent));
        violations.addAll(strangers(agent, change));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /**
     * The booking members the change names that are not active members of this agency (another agency's member is
     * not one here). Only ids the change gives are asked: a member deactivated since the list was set does not make
     * every later change of the agent fail; the brain skips such a member when it offers slots.
     */
    private List<FieldViolation> strangers(VoiceAgent agent, VoiceAgentChange change) {
        List<UUID> given = change.dialogue() == null || change.dialogue().booking() == null ? null
                : change.dialogue().booking().teamMemberIds();
        if (given == null || given.isEmpty()
                || agent.dialogue().booking().teamMemberIds().size() > DialogueRules.MAX_TEAM_MEMBERS) {
            return List.of(); // none to ask, or too many to ask about (a violation already)
        }
        Set<UUID> active = team.activeMembersAmong(given);
        List<FieldViolation> found = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!active.contains(given.get(i))) {
                found.add(new FieldViolation("dialogue.booking.teamMemberIds[" + i + "]",
                        "must be an active member of the team"));
            }
        }
        return found;
    }

    private VoiceAgent defaults(TenantId tenant, String name, String agencyName) {
        Instant now = clock.instant();
        String zone = tenants.find(tenant).map(Tenant::timeZone).orElse("UTC");
        return new VoiceAgent(UUID.randomUUID(), name, "", "warm and professional", "en",
                "Hello, thank you for calling " + agencyName + ". How can I help you today?", true,
                "This call is recorded.", new VoiceAgent.Voice("EMBEDDED", "default", 1.0), 700, "MEDIUM", null, zone,
                "", null, null, DialogueSettings.DEFAULTS, now, now);
    }

    private static VoiceAgent withUpdatedAt(VoiceAgent a, Instant at) {
        return new VoiceAgent(a.id(), a.name(), a.persona(), a.tone(), a.language(), a.greeting(),
                a.recordingEnabled(), a.recordingDisclosure(), a.voice(), a.endOfTurnSilenceMs(),
                a.interruptionSensitivity(), VoiceAgentRules.inWeekOrder(a.businessHours()), a.timeZone(),
                a.afterHoursMessage(), a.transferNumber(), a.phoneNumber(), a.dialogue(), a.createdAt(), at);
    }
}
