package ai.seiketsu.scheduling.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.scheduling.Appointment;
import ai.seiketsu.scheduling.AppointmentCalendar;
import ai.seiketsu.scheduling.AppointmentFilter;
import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.NewAppointment;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments over HTTP: book (201, or 409 {@code SLOT_TAKEN}), read, list, move, cancel, complete, no-show, and
 * the iCalendar download. Another tenant's appointment answers 404, like one that does not exist.
 */
@RestController
@Tag(name = "Appointments")
@RequestMapping("/api/v1/appointments")
class AppointmentController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final Scheduling scheduling;
    private final AppointmentCalendar calendar;

    AppointmentController(Scheduling scheduling, AppointmentCalendar calendar) {
        this.scheduling = scheduling;
        this.calendar = calendar;
    }

    record BookingRequest(@Nullable UUID leadId, @Nullable UUID listingId, @Nullable UUID userId,
            @Nullable AppointmentType type, @Nullable Instant startsAt) {
    }

    record RescheduleRequest(@Nullable Instant startsAt) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Operation(summary = "Book an appointment in a free slot")
    @ApiResponse(responseCode = "201", description = "Booked")
    @ApiExample(request = SchedulingExamples.BOOKING, response = SchedulingExamples.APPOINTMENT, status = "201")
    ResponseEntity<Appointment> book(@RequestBody BookingRequest request) {
        Appointment booked = scheduling.book(new NewAppointment(request.leadId(), request.listingId(),
                request.userId(), request.type(), request.startsAt()));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(booked);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_appointments:read')")
    @Operation(summary = "List appointments (member, lead, status, time range)")
    Page<Appointment> list(@RequestParam(required = false) @Nullable UUID userId,
            @RequestParam(required = false) @Nullable UUID leadId,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return scheduling.list(new AppointmentFilter(userId, leadId, optionalInstant("from", from),
                optionalInstant("to", to)), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_appointments:read')")
    @Operation(summary = "Read an appointment")
    @ApiExample(response = SchedulingExamples.APPOINTMENT)
    Appointment get(@PathVariable UUID id) {
        return scheduling.find(id).orElseThrow(() -> ProblemException.notFound("Appointment"));
    }

    @GetMapping("/{id}.ics")
    @PreAuthorize("hasAuthority('SCOPE_appointments:read')")
    @Operation(summary = "Download an appointment as iCalendar (.ics)")
    @ApiResponse(responseCode = "200", description = "iCalendar (RFC 5545)", content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    ResponseEntity<String> ics(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"appointment-" + id + ".ics\"")
                .body(calendar.ics(id));
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Operation(summary = "Reschedule an appointment")
    @ApiExample(request = SchedulingExamples.RESCHEDULE)
    Appointment reschedule(@PathVariable UUID id, @RequestBody RescheduleRequest request) {
        return scheduling.reschedule(id, request.startsAt());
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Operation(summary = "Cancel an appointment")
    Appointment cancel(@PathVariable UUID id) {
        return scheduling.cancel(id);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Operation(summary = "Mark an appointment as completed")
    Appointment complete(@PathVariable UUID id) {
        return scheduling.complete(id);
    }

    @PostMapping("/{id}/no-show")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Operation(summary = "Mark an appointment as a no-show")
    Appointment noShow(@PathVariable UUID id) {
        return scheduling.noShow(id);
    }

    private static @Nullable Instant optionalInstant(String field, @Nullable String value) {
        return value == null || value.isBlank() ? null : AvailabilityController.instant(field, value);
    }
}
