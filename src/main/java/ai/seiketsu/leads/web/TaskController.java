package ai.seiketsu.leads.web;

import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.leads.LeadTasks.TaskChange;
import ai.seiketsu.leads.LeadTasks;
import ai.seiketsu.leads.Task;
import ai.seiketsu.leads.TaskStatus;
import ai.seiketsu.leads.TaskType;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Follow-up tasks: per lead, and the tenant-wide list staff work from (e.g. my open tasks). */
@RestController
@Tag(name = "Leads")
class TaskController {

    private final LeadTasks tasks;

    TaskController(LeadTasks tasks) {
        this.tasks = tasks;
    }

    record TaskRequest(@Nullable TaskType type, @Nullable Instant dueAt, @Nullable String note,
            @Nullable UUID assignedUserId) {
    }

    record TaskChangeRequest(@Nullable TaskStatus status, @Nullable UUID assignedUserId, @Nullable Instant dueAt,
            @Nullable String note) {
    }

    @PostMapping("/api/v1/leads/{id}/tasks")
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a follow-up task for a lead")
    Task create(@PathVariable UUID id, @RequestBody TaskRequest request) {
        return tasks.create(id, request.type(), request.dueAt(), request.note(), request.assignedUserId());
    }

    @GetMapping("/api/v1/leads/{id}/tasks")
    @PreAuthorize("hasAuthority('SCOPE_leads:read')")
    @Operation(summary = "List a lead's tasks")
    Page<Task> ofLead(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return tasks.ofLead(id, PageRequest.of(limit, cursor));
    }

    @PatchMapping("/api/v1/leads/{id}/tasks/{taskId}")
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @Operation(summary = "Change a task (done, due, assignee, note)")
    Task change(@PathVariable UUID id, @PathVariable UUID taskId, @RequestBody TaskChangeRequest request) {
        return tasks.change(id, taskId, new TaskChange(request.status(), request.assignedUserId(), request.dueAt(),
                request.note()));
    }

    @GetMapping("/api/v1/tasks")
    @PreAuthorize("hasAuthority('SCOPE_leads:read')")
    @Operation(summary = "List tasks across leads (e.g. my open tasks)")
    Page<Task> list(@RequestParam(required = false) @Nullable UUID assignedUserId,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return tasks.list(assignedUserId, status, PageRequest.of(limit, cursor));
    }
}
