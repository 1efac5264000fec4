package ai.seiketsu.leads;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import ai.seiketsu.identity.Actor;
import ai.seiketsu.identity.Team;
import ai.seiketsu.leads.TimelineEntry.Kind;
import ai.seiketsu.leads.internal.LeadHistory;
import ai.seiketsu.leads.internal.LeadRepository;
import ai.seiketsu.leads.internal.TaskRepository;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up work for staff about a lead: create, list (per lead or across the tenant), mark done, reassign,
 * move the due time. Each change lands on the lead's timeline. Assignees must be active team members.
 */
@Service
public class LeadTasks {

    private final LeadRepository leads;
    private final TaskRepository tasks;
    private final LeadHistory history;
    private final Team team;
    private final Clock clock;

    LeadTasks(LeadRepository leads, TaskRepository tasks, LeadHistory history, Team team, Clock clock) {
        this.leads = leads;
        this.tasks = tasks;
        this.history = history;
        this.team = team;
        this.clock = clock;
    }

    /** What a change of a task may set; null leaves a value as it is. */
    public record TaskChange(@Nullable TaskStatus status, @Nullable UUID assignedUserId, @Nullable Instant dueAt,
            @Nullable String note) {
    }

    @Transactional
    public Task create(UUID leadId, @Nullable TaskType type, @Nullable Instant dueAt, @Nullable String note,
            @Nullable UUID assignedUserId) {
        requireLead(leadId);
        if (type == null) {
            throw ProblemException.invalid("type", "is required: CALLBACK or FOLLOW_UP");
        }
        requireNoteFits(note);
        requireAssignable(assignedUserId);
        Instant now = now();
        Task task = new Task(UUID.randomUUID(), leadId, type, dueAt, TaskStatus.OPEN, blankToNull(note),
                assignedUserId, now, now);
        tasks.insert(TenantContext.require(), task);
        history.record(leadId, team.currentActor(), now, Kind.TASK_CREATED, null, TaskStatus.OPEN.name(),
                type + " task " + task.id());
        return task;
    }

    @Transactional
    public Task change(UUID leadId, UUID taskId, TaskChange change) {
        Task before = tasks.findForUpdate(leadId, taskId).orElseThrow(() -> ProblemException.notFound("Task"));
        requireNoteFits(change.note());
        requireAssignable(change.assignedUserId());
        Instant now = now();
        Task after = new Task(before.id(), leadId, before.type(), or(change.dueAt(), before.dueAt()),
                or(change.status(), before.status()), or(blankToNull(change.note()), before.note()),
                or(change.assignedUserId(), before.assignedUserId()), before.createdAt(), now);
        if (after.equals(new Task(before.id(), leadId, before.type(), before.dueAt(), before.status(), before.note(),
                before.assignedUserId(), before.createdAt(), now))) {
            return before;
        }
        tasks.update(after);
        Actor actor = team.currentActor();
        history.record(leadId, actor, now, Kind.TASK_UPDATED, before.status().name(), after.status().name(),
                "task " + taskId + (Objects.equals(before.assignedUserId(), after.assignedUserId()) ? ""
                        : ", assigned to " + after.assignedUserId()));
        return after;
    }

    @Transactional(readOnly = true)
    public Page<Task> ofLead(UUID leadId, PageRequest page) {
        requireLead(leadId);
        return tasks.list(leadId, null, null, page);
    }

    /** The tenant's tasks, optionally only one member's and only those with one status. */
    @Transactional(readOnly = true)
    public Page<Task> list(@Nullable UUID assignedUserId, @Nullable TaskStatus status, PageRequest page) {
        return tasks.list(null, assignedUserId, status, page);
    }

    private void requireLead(UUID leadId) {
        if (leads.find(leadId).isEmpty()) {
            throw ProblemException.notFound("Lead");
        }
    }

    private void requireAssignable(@Nullable UUID userId) {
        if (userId != null && !team.isActiveMember(userId)) {
            throw ProblemException.invalid("assignedUserId", "must be an active member of the team");
        }
    }

    private static void requireNoteFits(@Nullable String note) {
        if (note != null && note.length() > 2000) {
            throw ProblemException.invalid("note", "must be at most 2000 characters");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> @Nullable T or(@Nullable T preferred, @Nullable T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
