package ai.seiketsu.scheduling;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.Team;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.scheduling.internal.AppointmentRepository;
import ai.seiketsu.scheduling.internal.AvailabilityRepository;
import ai.seiketsu.scheduling.internal.SlotCalculator;
import ai.seiketsu.scheduling.internal.SlotCalculator.Busy;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's scheduling: members' availability, free slots (what the voice agent may offer), and
 * appointments (book, reschedule, cancel, complete, no-show). Times are computed in the agency's time zone.
 * Bookings of one member take turns on the member's availability row, so the buffer is respected; the
 * database's exclusion constraint is what finally guarantees that a member is never double-booked.
 */
@Service
public class Scheduling {

    /** The stable problem code of a booking whose time is no longer free (409). */
    public static final String SLOT_TAKEN = "SLOT_TAKEN";
    /** The longest range free slots are computed for. */
    public static final Duration MAX_RANGE = Duration.ofDays(31);

    private static final String EXCLUSION_VIOLATION = "23P01";

    private final AvailabilityRepository availabilities;
    private final AppointmentRepository appointments;
    private final Team team;
    private final Tenants tenants;
    private final Leads leads;
    private final Listings listings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Scheduling(AvailabilityRepository availabilities, AppointmentRepository appointments, Team team, Tenants tenants,
            Leads leads, Listings listings, ApplicationEventPublisher events, Clock clock) {
        this.availabilities = availabilities;
        this.appointments = appointments;
        this.team = team;
        this.tenants = tenants;
        this.leads = leads;
        this.listings = listings;
        this.events = events;
        this.clock = clock;
    }

    /** The member's availability (empty when none was set); 404 for someone who is not an active member. */
    @Transactional(readOnly = true)
    public Availability availability(UUID userId) {
        requireMember(userId);
        String zone = timeZone();
        return availabilities.find(userId, zone).orElseGet(() -> new Availability(userId, List.of(), List.of(), 0, zone));
    }

    /** Replaces the member's availability; windows are local times of the agency's time zone. */
    @Transactional
    public Availability setAvailability(UUID userId, List<@Nullable Window> weekly, List<@Nullable LocalDate> daysOff,
            int bufferMinutes) {
        requireMember(userId);
        List<FieldViolation> violations = new ArrayList<>(AvailabilityRules.check(weekly, daysOff, bufferMinutes));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Availability availability = new Availability(userId, AvailabilityRules.inWeekOrder(weekly),
                daysOff.stream().filter(day -> day != null).distinct().sorted().toList(), bufferMinutes, timeZone());
        availabilities.save(TenantContext.require(), availability, clock.instant());
        return availability;
    }

    /**
     * Free slots of one member, or of every active member with availability when {@code userId} is null, for an
     * appointment of {@code type} in {@code [from, to)} (at most {@link #MAX_RANGE}); never in the past.
     */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(@Nullable UUID userId, Instant from, Instant to, AppointmentType type) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ProblemException.invalid("to", "must be after 'from' and at most " + MAX_RANGE.toDays()
                    + " days after it");
        }
        if (userId != null && !team.isActiveMember(userId)) {
            throw ProblemException.invalid("userId", "must be an active member of the team");
        }
        String zone = timeZone();
        List<Availability> members = userId != null ? availabilities.find(userId, zone).stream().toList()
                : availabilities.all(zone).stream().filter(a -> team.isActiveMember(a.userId())).toList();
        Instant now = clock.instant();
        List<Slot> slots = new ArrayList<>();
        for (Availability availability : members) {
            Duration buffer = Duration.ofMinutes(availability.bufferMinutes());
            List<Busy> busy = appointments.busy(availability.userId(), from.minus(buffer), to.plus(buffer), null);
            slots.addAll(SlotCalculator.freeSlots(availability, ZoneId.of(zone), type.length(), from, to, now, busy));
        }
        slots.sort(Comparator.comparing(Slot::startsAt).thenComparing(Slot::userId));
        return slots;
    }

    /**
     * Books an appointment: the lead (and listing, if given) must be the agency's, the member active, the time in
     * the future, inside the member's availability and clear of their bookings and buffer (else 409 {@code
     * SLOT_TAKEN}). The lead moves to {@code APPOINTMENT_SET} in the same transaction.
     */
    @Transactional
    public Appointment book(NewAppointment request) {
        TenantId tenant = TenantContext.require();
        Instant now = now();
        requireValid(request, now);
        Instant start = request.startsAt().truncatedTo(ChronoUnit.MICROS);
        Appointment appointment = new Appointment(UUID.randomUUID(), request.leadId(), request.listingId(),
                request.userId(), request.type(), start, start.plus(request.type().length()),
                AppointmentStatus.SCHEDULED, now, now);
        requireBookable(appointment, null);
        try {
            appointments.insert(tenant, appointment);
        } catch (DataIntegrityViolationException e) {
            throw slotTakenOr(e);
        }
        leads.showingBooked(appointment.leadId());
        events.publishEvent(new AppointmentBooked(tenant, appointment.id(), appointment.leadId(), appointment.userId()));
        return appointment;
    }

    @Transactional(readOnly = true)
    public Optional<Appointment> find(UUID id) {
        return appointments.find(id);
    }

    @Transactional(readOnly = true)
    public Page<Appointment> list(AppointmentFilter filter, PageRequest page) {
        return appointments.list(filter, page);
    }

    /** Moves an open appointment to a new start (same length), under the same rules as a booking. */
    @Transactional
    public Appointment reschedule(UUID id, @Nullable Instant startsAt) {
        Appointment current = appointments.find(id).orElseThrow(Scheduling::notFound);
        if (startsAt == null) {
            throw ProblemException.invalid("startsAt", "is required");
        }
        Instant now = now();
        if (!startsAt.isAfter(now)) {
            throw ProblemException.invalid("startsAt", "must be in the future");
        }
        availabilities.findForUpdate(current.userId(), timeZone()); // the same turn-taking as a booking
        Appointment before = requireOpen(appointments.findForUpdate(id).orElseThrow(Scheduling::notFound));
        Appointment after = before.movedTo(startsAt.truncatedTo(ChronoUnit.MICROS), now);
        requireBookable(after, id);
        try {
            appointments.update(after);
        } catch (DataIntegrityViolationException e) {
            throw slotTakenOr(e);
        }
        return after;
    }

    /** Cancels an open appointment: its time is free again. */
    @Transactional
    public Appointment cancel(UUID id) {
        Appointment cancelled = close(id, AppointmentStatus.CANCELLED);
        events.publishEvent(new AppointmentCancelled(TenantContext.require(), id, cancelled.leadId(),
                cancelled.userId()));
        return cancelled;
    }

    @Transactional
    public Appointment complete(UUID id) {
        return close(id, AppointmentStatus.COMPLETED);
    }

    @Transactional
    public Appointment noShow(UUID id) {
        return close(id, AppointmentStatus.NO_SHOW);
    }

    private Appointment close(UUID id, AppointmentStatus status) {
        Appointment before = requireOpen(appointments.findForUpdate(id).orElseThrow(Scheduling::notFound));
        Appointment after = before.withStatus(status, now());
        appointments.update(after);
        return after;
    }

    private static Appointment requireOpen(Appointment appointment) {
        if (!appointment.status().isOpen()) {
            throw ProblemException.conflict("The appointment is " + appointment.status()
                    + "; only SCHEDULED or CONFIRMED appointments can change.");
        }
        return appointment;
    }

    private void requireValid(NewAppointment request, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.leadId() == null || leads.find(request.leadId()).isEmpty()) {
            violations.add(new FieldViolation("leadId", "must be a lead of the agency"));
        }
        if (request.listingId() != null && listings.find(request.listingId()).isEmpty()) {
            violations.add(new FieldViolation("listingId", "must be a listing of the agency"));
        }
        if (request.userId() == null || !team.isActiveMember(request.userId())) {
            violations.add(new FieldViolation("userId", "must be an active member of the team"));
        }
        if (request.type() == null) {
            violations.add(new FieldViolation("type", "is required: SHOWING, CONSULTATION or LISTING_APPOINTMENT"));
        }
        if (request.startsAt() == null || !request.startsAt().isAfter(now)) {
            violations.add(new FieldViolation("startsAt", "must be a time in the future"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** Inside the member's availability (400) and clear of their other bookings with the buffer (409). */
    private void requireBookable(Appointment appointment, @Nullable UUID except) {
        Availability availability = availabilities.findForUpdate(appointment.userId(), timeZone())
                .filter(a -> SlotCalculator.withinAvailability(a, ZoneId.of(a.timeZone()), appointment.startsAt(),
                        appointment.endsAt()))
                .orElseThrow(() -> ProblemException.invalid("startsAt", "is outside the member's availability"));
        Duration buffer = Duration.ofMinutes(availability.bufferMinutes());
        List<Busy> busy = appointments.busy(appointment.userId(), appointment.startsAt().minus(buffer),
                appointment.endsAt().plus(buffer), except);
        if (!SlotCalculator.isFree(appointment.startsAt(), appointment.endsAt(), buffer, busy)) {
            throw slotTaken();
        }
    }

    private void requireMember(UUID userId) {
        if (!team.isActiveMember(userId)) {
            throw ProblemException.notFound("User");
        }
    }

    /** The IANA time zone availability windows are in: the agency's. */
    @Transactional(readOnly = true)
    public String timeZoneOfAgency() {
        return timeZone();
    }

    private String timeZone() {
        return tenants.find(TenantContext.require()).map(Tenant::timeZone).orElse("UTC");
    }

    private static RuntimeException slotTakenOr(DataIntegrityViolationException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
            return slotTaken();
        }
        return e;
    }

    private static ProblemException slotTaken() {
        return new ProblemException(409, SLOT_TAKEN, "The team member is already booked at this time.");
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Appointment");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }
}
