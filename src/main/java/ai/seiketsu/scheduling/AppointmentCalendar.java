package ai.seiketsu.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.seiketsu.leads.Lead;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.listings.ListingDetails;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.scheduling.internal.AppointmentRepository;
import ai.seiketsu.scheduling.internal.ICalendar;
import ai.seiketsu.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments as iCalendar (RFC 5545) for staff's own calendar apps: the lead's name and contact and the
 * listing's address go into the event, since only staff allowed to read appointments download it.
 */
@Service
public class AppointmentCalendar {

    static final Duration FEED_PAST = Duration.ofDays(30);
    static final Duration FEED_AHEAD = Duration.ofDays(180);

    private final AppointmentRepository appointments;
    private final Leads leads;
    private final Listings listings;

    AppointmentCalendar(AppointmentRepository appointments, Leads leads, Listings listings) {
        this.appointments = appointments;
        this.leads = leads;
        this.listings = listings;
    }

    /** A VCALENDAR with the one appointment; 404 when the tenant has no such appointment. */
    @Transactional(readOnly = true)
    public String ics(UUID id) {
        Appointment appointment = appointments.find(id).orElseThrow(() -> ProblemException.notFound("Appointment"));
        return ICalendar.calendar("Seiketsu appointment", List.of(event(appointment)));
    }

    /**
     * A member's subscribable calendar: their appointments from {@link #FEED_PAST} ago to {@link #FEED_AHEAD}
     * ahead, cancelled ones included (as CANCELLED, so that calendar apps remove them).
     */
    @Transactional(readOnly = true)
    public String feed(UUID userId, Instant now) {
        List<ICalendar.Event> events = appointments.ofMember(userId, now.minus(FEED_PAST), now.plus(FEED_AHEAD), 2000)
                .stream().map(this::event).toList();
        return ICalendar.calendar("Seiketsu appointments", events);
    }

    private ICalendar.Event event(Appointment appointment) {
        @Nullable Lead lead = leads.find(appointment.leadId()).orElse(null);
        @Nullable ListingDetails listing = appointment.listingId() == null ? null
                : listings.find(appointment.listingId()).map(l -> l.details()).orElse(null);
        String address = listing == null ? null : join(", ", listing.unparsedAddress(), listing.city(),
                listing.stateOrProvince(), listing.postalCode());
        String who = lead == null ? "" : join(" ", lead.firstName(), lead.lastName());
        String summary = label(appointment.type()) + (address != null ? ": " + address
                : who != null ? " with " + who : "");
        String description = lead == null ? null : "Lead: " + Objects.requireNonNullElse(who, "(no name)")
                + (lead.phone() != null ? " (" + lead.phone() + ")" : "")
                + (lead.email() != null ? "\n" + lead.email() : "");
        return new ICalendar.Event(appointment.id() + "@seiketsu", appointment.updatedAt(), appointment.startsAt(),
                appointment.endsAt(), summary, address, description,
                appointment.status() == AppointmentStatus.CANCELLED ? "CANCELLED" : "CONFIRMED");
    }

    private static String label(AppointmentType type) {
        return switch (type) {
            case SHOWING -> "Showing";
            case CONSULTATION -> "Consultation";
            case LISTING_APPOINTMENT -> "Listing appointment";
        };
    }

    private static @Nullable String join(String separator, @Nullable String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
