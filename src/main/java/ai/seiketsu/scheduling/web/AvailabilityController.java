package ai.seiketsu.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.scheduling.Availability;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.scheduling.Slot;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members' availability, and the free slots that follow from it (what the voice agent may offer). */
@RestController
@Tag(name = "Appointments")
class AvailabilityController {

    private final Scheduling scheduling;

    AvailabilityController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    record AvailabilityRequest(@Nullable List<@Nullable Window> weekly, @Nullable List<@Nullable LocalDate> daysOff,
            @Nullable Integer bufferMinutes) {
    }

    /** Free slots, with the time zone the windows are in (slots themselves are instants, ISO-8601 UTC). */
    record FreeSlots(String timeZone, List<Slot> items) {
    }

    @GetMapping("/api/v1/users/{id}/availability")
    @PreAuthorize("hasAuthority('SCOPE_appointments:read')")
    @Operation(summary = "Read a member's availability")
    Availability get(@PathVariable UUID id) {
        return scheduling.availability(id);
    }

    @PutMapping("/api/v1/users/{id}/availability")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Operation(summary = "Set a member's availability (weekly windows, days off, buffer)")
    @ApiExample(request = SchedulingExamples.AVAILABILITY_REQUEST, response = SchedulingExamples.AVAILABILITY)
    Availability put(@PathVariable UUID id, @RequestBody AvailabilityRequest request) {
        return scheduling.setAvailability(id, request.weekly() == null ? List.of() : request.weekly(),
                request.daysOff() == null ? List.of() : request.daysOff(),
                request.bufferMinutes() == null ? 0 : request.bufferMinutes());
    }

    @GetMapping("/api/v1/availability")
    @PreAuthorize("hasAuthority('SCOPE_appointments:read')")
    @Operation(summary = "Free slots of one member or of the whole team")
    @ApiExample(response = SchedulingExamples.FREE_SLOTS)
    FreeSlots free(@RequestParam(required = false) @Nullable UUID userId, @RequestParam String from,
            @RequestParam String to, @RequestParam(required = false) @Nullable AppointmentType type) {
        List<Slot> slots = scheduling.freeSlots(userId, instant("from", from), instant("to", to),
                type == null ? AppointmentType.SHOWING : type);
        return new FreeSlots(scheduling.timeZoneOfAgency(), slots);
    }

    static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 timestamp with offset");
        }
    }
}
