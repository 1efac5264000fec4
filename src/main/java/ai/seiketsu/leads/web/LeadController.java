package ai.seiketsu.leads.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.Lead;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.leads.LeadFilter;
import ai.seiketsu.leads.LeadNote;
import ai.seiketsu.leads.LeadNotes;
import ai.seiketsu.leads.LeadStage;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.leads.TimelineEntry;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leads over HTTP: create (201, or 200 with {@code "merged": true} when the phone or e-mail is already a lead's),
 * read, list with filters, change and assign, move through the pipeline, notes, timeline, privacy erasure.
 * Another tenant's lead answers 404, like one that does not exist.
 */
@RestController
@Tag(name = "Leads")
@RequestMapping("/api/v1/leads")
class LeadController {

    private final Leads leads;
    private final LeadNotes notes;

    LeadController(Leads leads, LeadNotes notes) {
        this.leads = leads;
        this.notes = notes;
    }

    /** The body of a create or a change: every field optional; {@code assignedUserId} only on a change. */
    record LeadRequest(@Nullable String firstName, @Nullable String lastName, @Nullable String phone,
            @Nullable String email, @Nullable Intent intent, @Nullable List<String> areas,
            @Nullable PropertyType propertyType, @Nullable Integer budgetMin, @Nullable Integer budgetMax,
            @Nullable Integer bedroomsMin, @Nullable Integer bathroomsMin, @Nullable Timeline timeline,
            @Nullable Financing financing, @Nullable String motivation, @Nullable List<String> mustHaves,
            @Nullable String timeZone, @Nullable Boolean doNotCall, @Nullable String source,
            @Nullable UUID assignedUserId) {

        LeadDetails details() {
            return new LeadDetails(firstName, lastName, phone, email, intent, areas == null ? List.of() : areas,
                    propertyType, budgetMin, budgetMax, bedroomsMin, bathroomsMin, timeline, financing, motivation,
                    mustHaves == null ? List.of() : mustHaves, timeZone, doNotCall, source);
        }
    }

    /** The lead, and whether the request merged into an existing one. */
    record CreatedLead(@JsonUnwrapped Lead lead, boolean merged) {
    }

    record StageRequest(@Nullable LeadStage stage) {
    }

    record NoteRequest(@Nullable String body) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @Operation(summary = "Create a lead, or merge it into the one with the same phone or e-mail")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "Merged into an existing lead (merged: true)")
    @ApiExample(request = LeadExamples.CREATE, response = LeadExamples.CREATED, status = "201")
    ResponseEntity<CreatedLead> create(@RequestBody LeadRequest request) {
        Leads.Created created = leads.create(request.details());
        CreatedLead body = new CreatedLead(created.lead(), created.merged());
        return created.merged() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/leads/" + created.lead().id())).body(body);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_leads:read')")
    @Operation(summary = "List leads (stage, hot, assignee, text, creation time)")
    Page<Lead> list(@RequestParam(required = false) @Nullable LeadStage stage,
            @RequestParam(required = false) @Nullable Boolean hot,
            @RequestParam(required = false) @Nullable UUID assignedUserId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String createdFrom,
            @RequestParam(required = false) @Nullable String createdTo,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        LeadFilter filter = new LeadFilter(stage, hot, assignedUserId, q, instant("createdFrom", createdFrom),
                instant("createdTo", createdTo));
        return leads.list(filter, PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_leads:read')")
    @Operation(summary = "Read a lead with its score reasons")
    Lead get(@PathVariable UUID id) {
        return leads.find(id).orElseThrow(() -> ProblemException.notFound("Lead"));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @Operation(summary = "Change or assign a lead")
    Lead change(@PathVariable UUID id, @RequestBody LeadRequest request) {
        return leads.change(id, request.details(), request.assignedUserId());
    }

    @PatchMapping("/{id}/stage")
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @Operation(summary = "Move a lead to another pipeline stage")
    @ApiExample(request = LeadExamples.STAGE, response = LeadExamples.MOVED)
    Lead moveStage(@PathVariable UUID id, @RequestBody StageRequest request) {
        return leads.moveStage(id, request.stage());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase a lead (privacy request)")
    void erase(@PathVariable UUID id) {
        leads.erase(id);
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize("hasAuthority('SCOPE_leads:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to a lead")
    LeadNote addNote(@PathVariable UUID id, @RequestBody NoteRequest request) {
        return notes.add(id, request.body());
    }

    @GetMapping("/{id}/notes")
    @PreAuthorize("hasAuthority('SCOPE_leads:read')")
    @Operation(summary = "List a lead's notes")
    Page<LeadNote> notes(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return notes.list(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize("hasAuthority('SCOPE_leads:read')")
    @Operation(summary = "List a lead's timeline (every change, who and when)")
    Page<TimelineEntry> timeline(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return notes.timeline(id, PageRequest.of(limit, cursor));
    }

    /** ISO-8601 with an offset ({@code 2025-05-01T00:00:00-05:00}) or in UTC ({@code ...Z}). */
    static @Nullable Instant instant(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 timestamp with offset");
        }
    }
}
