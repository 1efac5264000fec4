package ai.seiketsu.leads;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.identity.Actor;
import ai.seiketsu.identity.Team;
import ai.seiketsu.leads.TimelineEntry.Kind;
import ai.seiketsu.leads.internal.LeadHistory;
import ai.seiketsu.leads.internal.LeadInput;
import ai.seiketsu.leads.internal.LeadRepository;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's leads: create (or merge into the lead with the same phone or e-mail), read, change,
 * move through the pipeline, erase. Every change recomputes the score, lands on the lead's timeline with who
 * did it, and is published as an event in the same transaction.
 */
@Service
public class Leads {

    /** The stable problem code of a stage move the product's rules do not allow (409). */
    public static final String ILLEGAL_STAGE_MOVE = "ILLEGAL_STAGE_MOVE";

    private final LeadRepository repository;
    private final LeadHistory history;
    private final Team team;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Conversations conversations;

    Leads(LeadRepository repository, LeadHistory history, Team team, Tenants tenants,
            ApplicationEventPublisher events, Clock clock, Conversations conversations) {
        this.conversations = conversations;
        this.repository = repository;
        this.history = history;
        this.team = team;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** The lead after creating it; {@code merged} when it went into an existing lead with the same contact. */
    public record Created(Lead lead, boolean merged) {
    }

    /**
     * Creates a lead, or, when a lead of the tenant already has this phone or e-mail, merges into that one: what
     * it lacked is filled in, areas and must-haves are joined, its stage stays.
     */
    @Transactional
    public Created create(LeadDetails input) {
        TenantId tenant = TenantContext.require();
        LeadDetails details = LeadInput.normalise(input);
        if (details.firstName() == null && details.lastName() == null && details.phone() == null
                && details.email() == null) {
            throw ProblemException.invalid("phone", "a lead needs at least a name, a phone number or an e-mail");
        }
        LeadInput.requireConsistent(details);
        Instant now = now();
        Actor actor = team.currentActor();
        LeadDetails complete = details.mergedWith(new LeadDetails(null, null, null, null, null, List.of(), null,
                null, null, null, null, null, null, null, List.of(), tenantTimeZone(tenant), false, "API"));
        Lead fresh = Lead.of(UUID.randomUUID(), complete, LeadStage.NEW, null, List.of(), now, now);
        if (!repository.insertIfAbsent(tenant, fresh)) {
            return new Created(merge(tenant, details, actor, now), true);
        }
        history.record(fresh.id(), actor, now, Kind.CREATED, null, LeadStage.NEW.name(), "source " + fresh.source());
        events.publishEvent(new LeadCreated(tenant, fresh.id()));
        return new Created(qualifyIfScoreReached(tenant, fresh, -1, now), false);
    }

    private Lead merge(TenantId tenant, LeadDetails details, Actor actor, Instant now) {
        Lead existing = repository.findByContactForUpdate(details.phone(), details.email())
                .orElseThrow(() -> new IllegalStateException("a contact conflicted but no lead has it"));
        LeadDetails merged = existing.details().mergedWith(withoutContactsOfOthers(existing.id(), details));
        LeadInput.requireConsistent(merged);
        List<String> filled = merged.differencesFrom(existing.details());
        Lead after = existing.withDetails(merged, now);
        repository.update(after);
        history.record(existing.id(), actor, now, Kind.MERGED, null, null,
                filled.isEmpty() ? "same contact again; nothing new" : "filled in: " + String.join(", ", filled));
        return afterChange(tenant, existing, after, actor, now);
    }

    /** A merge must not take a phone or e-mail that a third lead already has (each is unique per tenant). */
    private LeadDetails withoutContactsOfOthers(UUID id, LeadDetails details) {
        boolean phoneTaken = details.phone() != null && repository.contactTakenByOther(id, details.phone(), null);
        boolean emailTaken = details.email() != null && repository.contactTakenByOther(id, null, details.email());
        return details.withContacts(phoneTaken ? null : details.phone(), emailTaken ? null : details.email());
    }

    /** Records that a conversation was held with the lead (its {@code conversationIds}); each one is listed once. */
    @Transactional
    public void conversationHeld(UUID id, UUID conversationId) {
        if (!repository.addConversation(id, conversationId)) {
            throw ProblemException.notFound("Lead");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Lead> find(UUID id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Page<Lead> list(LeadFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    /**
     * Changes what is given (null leaves a value as it is) and, when {@code assignedUserId} is given, assigns the
     * lead to that active team member. A phone or e-mail another lead has is a 409.
     */
    @Transactional
    public Lead change(UUID id, LeadDetails changes, @Nullable UUID assignedUserId) {
        return change(id, changes, assignedUserId, false);
    }

    /**
     * What a conversation with the lead learned: like {@link #change}, except that a budget is one fact, so a new
     * one replaces both bounds ("under 300k" after "between 400 and 500k" leaves no minimum).
     */
    @Transactional
    public Lead learned(UUID id, LeadDetails learned) {
        return change(id, learned, null, true);
    }

    private Lead change(UUID id, LeadDetails changes, @Nullable UUID assignedUserId, boolean budgetWhole) {
        TenantId tenant = TenantContext.require();
        Lead before = lockOrNotFound(id);
        LeadDetails normalised = LeadInput.normalise(changes);
        if (assignedUserId != null && !team.isActiveMember(assignedUserId)) {
            throw ProblemException.invalid("assignedUserId", "must be an active member of the team");
        }
        LeadDetails changed = before.details().changedBy(normalised);
        if (budgetWhole && (normalised.budgetMin() != null || normalised.budgetMax() != null)) {
            changed = changed.withBudget(normalised.budgetMin(), normalised.budgetMax());
        }
        LeadInput.requireConsistent(changed);
        if (!changed.differencesFrom(before.details()).isEmpty() && repository.contactTakenByOther(id,
                changed.phone() == null || changed.phone().equals(before.phone()) ? null : changed.phone(),
                changed.email() == null || changed.email().equals(before.email()) ? null : changed.email())) {
            throw ProblemException.conflict("Another lead has this phone number or e-mail address.");
        }
        Instant now = now();
        Actor actor = team.currentActor();
        Lead after = before.withDetails(changed, now);
        if (assignedUserId != null && !assignedUserId.equals(before.assignedUserId())) {
            after = after.withAssignee(assignedUserId, now);
            history.record(id, actor, now, Kind.ASSIGNED, string(before.assignedUserId()), assignedUserId.toString(),
                    null);
        }
        List<String> fields = changed.differencesFrom(before.details());
        if (fields.isEmpty() && Objects.equals(after.assignedUserId(), before.assignedUserId())) {
            return before;
        }
        try {
            repository.update(after);
        } catch (DuplicateKeyException e) { // another change took the same contact at the same moment
            throw ProblemException.conflict("Another lead has this phone number or e-mail address.");
        }
        if (!fields.isEmpty()) {
            history.record(id, actor, now, Kind.UPDATED, null, null, "changed: " + String.join(", ", fields));
        }
        return afterChange(tenant, before, after, actor, now);
    }

    /** A move by staff or an integrator, under the product's rules; any other move is a 409 ILLEGAL_STAGE_MOVE. */
    @Transactional
    public Lead moveStage(UUID id, @Nullable LeadStage target) {
        TenantId tenant = TenantContext.require();
        Lead before = lockOrNotFound(id);
        if (target == null) {
            throw ProblemException.invalid("stage", "is required: NEW, CONTACTED, QUALIFIED, APPOINTMENT_SET, "
                    + "UNDER_CONTRACT, CLOSED_WON or CLOSED_LOST");
        }
        if (!before.stage().allowsMoveTo(target)) {
            throw new ProblemException(409, ILLEGAL_STAGE_MOVE, "A lead in " + before.stage() + " cannot move to "
                    + target + ": open leads move forward (CLOSED_WON only from UNDER_CONTRACT), CLOSED_LOST from "
                    + "any open stage, and closed leads only back to CONTACTED.");
        }
        return move(tenant, before, target, team.currentActor(), null);
    }

    /**
     * A showing was booked for the lead (the scheduling module calls this): the lead moves to
     * {@code APPOINTMENT_SET} if it is in an earlier open stage; a later or closed lead stays where it is.
     * Empty when the current tenant has no such lead.
     */
    @Transactional
    public Optional<Lead> showingBooked(UUID id) {
        TenantId tenant = TenantContext.require();
        return repository.findForUpdate(id).map(lead -> lead.stage().allowsAutomaticMoveTo(LeadStage.APPOINTMENT_SET)
                ? move(tenant, lead, LeadStage.APPOINTMENT_SET, Actor.SYSTEM, "a showing was booked")
                : lead);
    }

    /**
     * A privacy request: the lead is deleted with its timeline, notes, tasks and appointments, its conversations
     * lose their transcripts and recordings (nothing of the person stays), and the audit log records
     * {@code lead.erased} with the lead's id only.
     */
    @Transactional
    public void erase(UUID id) {
        TenantId tenant = TenantContext.require();
        if (repository.find(id).isEmpty()) {
            throw ProblemException.notFound("Lead");
        }
        conversations.eraseForLead(id);
        if (!repository.delete(id)) {
            throw ProblemException.notFound("Lead");
        }
        Actor actor = team.currentActor();
        events.publishEvent(new AuditRecord(tenant, "lead.erased", actor.type(), actor.id(), "lead:" + id,
                Outcome.SUCCESS, null, clock.instant()));
    }

    private Lead lockOrNotFound(UUID id) {
        return repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Lead"));
    }

    private Lead move(TenantId tenant, Lead before, LeadStage target, Actor actor, @Nullable String note) {
        Instant now = now();
        Lead moved = before.withStage(target, now);
        repository.update(moved);
        history.record(before.id(), actor, now, Kind.STAGE_CHANGED, before.stage().name(), target.name(), note);
        events.publishEvent(new LeadUpdated(tenant, before.id()));
        if (target == LeadStage.QUALIFIED) {
            events.publishEvent(new LeadQualified(tenant, before.id()));
        }
        return moved;
    }

    private Lead afterChange(TenantId tenant, Lead before, Lead after, Actor actor, Instant now) {
        if (before.score() != after.score()) {
            history.record(after.id(), actor, now, Kind.SCORE_CHANGED, String.valueOf(before.score()),
                    String.valueOf(after.score()), null);
        }
        events.publishEvent(new LeadUpdated(tenant, after.id()));
        return qualifyIfScoreReached(tenant, after, before.score(), now);
    }

    /** The system's own move: to QUALIFIED when the score reaches 70, from NEW or CONTACTED only. */
    private Lead qualifyIfScoreReached(TenantId tenant, Lead lead, int scoreBefore, Instant now) {
        boolean reached = scoreBefore < LeadScoring.QUALIFIED_AT && lead.score() >= LeadScoring.QUALIFIED_AT;
        if (!reached || !(lead.stage() == LeadStage.NEW || lead.stage() == LeadStage.CONTACTED)) {
            return lead;
        }
        return move(tenant, lead, LeadStage.QUALIFIED, Actor.SYSTEM, "score reached " + lead.score());
    }

    private String tenantTimeZone(TenantId tenant) {
        return tenants.find(tenant).map(Tenant::timeZone).orElse("UTC");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
