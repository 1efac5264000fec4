package ai.seiketsu.dialogue.guided;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.agents.BookedAppointmentType;
import ai.seiketsu.agents.DialogueMode;
import ai.seiketsu.agents.DialogueSettings;
import ai.seiketsu.agents.DialogueSettings.BookingRules;
import ai.seiketsu.agents.DialogueSettings.KnowledgeSnippet;
import ai.seiketsu.agents.KnowledgeTopic;
import ai.seiketsu.agents.QualificationFact;
import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.understanding.Gazetteer;
import ai.seiketsu.dialogue.understanding.Place;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingDetails;
import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.listings.PropertyCategory;
import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.Slot;
import org.jspecify.annotations.Nullable;

/**
 * An agency in memory for the guided dialogue's tests and benchmarks: eight listings in and around Austin (the same
 * as the scripted conversations' agency), one team member free 9 to 5 every day, a clock stopped on Wednesday
 * 25 November 2026 at 10:00 in Chicago, and what the dialogue wrote (leads, bookings, cancellations, callback
 * tasks) kept for the test to look at. Not thread-safe: one conversation at a time. Public for the benchmarks.
 */
public final class MemoryWorld implements World {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** A Wednesday, 10:00. */
    static final ZonedDateTime WEDNESDAY_10AM = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, CHICAGO);
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000a11e");
    static final String MEMBER_NAME = "Jane Smith";
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    static final String GREETING = "Thanks for calling Lone Star Realty. How can I help you today?";
    static final String DISCLOSURE = "This call is recorded for quality.";
    static final String OFFICE_HOURS = "We're open Monday to Saturday, 9 AM to 6 PM.";
    static final String FEES = "Our listing fee is 2.5 percent of the sale price, and buyers pay nothing.";
    static final String AREAS = "We serve Austin, Round Rock, Cedar Park and Georgetown.";
    static final String FIRST_TIME = "Yes, we love first-time buyers and can walk you through every step.";
    static final List<KnowledgeSnippet> KNOWLEDGE = List.of(
            new KnowledgeSnippet(KnowledgeTopic.OFFICE_HOURS, null, OFFICE_HOURS),
            new KnowledgeSnippet(KnowledgeTopic.FEES, null, FEES),
            new KnowledgeSnippet(KnowledgeTopic.AREAS_SERVED, null, AREAS),
            new KnowledgeSnippet(KnowledgeTopic.FAQ, "Do you help first-time buyers?", FIRST_TIME));

    /** A booking the dialogue made; {@code cancelled} once it moved it. */
    public record Booking(UUID id, UUID leadId, @Nullable UUID listingId, Slot slot, AppointmentType type,
            boolean cancelled) {
    }

    record Task(UUID id, UUID leadId, String note) {
    }

    private ZonedDateTime now = WEDNESDAY_10AM;
    private Channel channel = Channel.API_TEXT;
    private boolean recording = true;
    private @Nullable String transferNumber;
    private DialogueSettings settings = new DialogueSettings(DialogueMode.GUIDED, QualificationFact.DEFAULTS,
            KNOWLEDGE, BookingRules.DEFAULTS);
    private VoiceAgent agent;
    private final List<Listing> listings = new ArrayList<>();
    private Gazetteer places = Gazetteer.EMPTY;

    final Map<UUID, LeadDetails> leads = new LinkedHashMap<>();
    final Map<UUID, Booking> bookings = new LinkedHashMap<>();
    final List<Task> tasks = new ArrayList<>();
    final List<ListingQuery> searches = new ArrayList<>();
    private final Set<Instant> refuseOnce = new HashSet<>();

    public MemoryWorld() {
        this(AUSTIN);
    }

    public MemoryWorld(List<ListingDetails> homes) {
        listings(homes);
        agent = buildAgent();
    }

    // ---- configuring

    public MemoryWorld channel(Channel value) {
        channel = value;
        return this;
    }

    MemoryWorld now(ZonedDateTime value) {
        now = value;
        return this;
    }

    MemoryWorld recording(boolean value) {
        recording = value;
        agent = buildAgent();
        return this;
    }

    MemoryWorld transferNumber(@Nullable String value) {
        transferNumber = value;
        agent = buildAgent();
        return this;
    }

    MemoryWorld settings(DialogueSettings value) {
        settings = value;
        agent = buildAgent();
        return this;
    }

    public MemoryWorld requiredFacts(QualificationFact... facts) {
        return settings(new DialogueSettings(settings.mode(), Set.of(facts), settings.knowledge(),
                settings.booking()));
    }

    MemoryWorld booking(BookedAppointmentType type, int slotsToOffer) {
        return settings(new DialogueSettings(settings.mode(), settings.requiredFacts(), settings.knowledge(),
                new BookingRules(type, List.of(), slotsToOffer)));
    }

    /** The agency's listings are these (newest first); the places are their cities and postal codes. */
    MemoryWorld listings(List<ListingDetails> homes) {
        listings.clear();
        Instant created = WEDNESDAY_10AM.toInstant().minusSeconds(86_400);
        for (ListingDetails home : homes) {
            UUID id = UUID.nameUUIDFromBytes(home.listingKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            listings.add(new Listing(id, home, created, created));
        }
        Set<Place> named = new java.util.LinkedHashSet<>();
        for (ListingDetails home : homes) {
            if (home.city() != null) {
                named.add(Place.city(home.city()));
            }
            if (home.postalCode() != null) {
                named.add(Place.postalCode(home.postalCode()));
            }
        }
        places = Gazetteer.of(named);
        return this;
    }

    /** The next booking of a slot starting at {@code start} fails: someone else takes it a moment before. */
    MemoryWorld refuseOnce(Instant start) {
        refuseOnce.add(start);
        return this;
    }

    private VoiceAgent buildAgent() {
        Instant created = WEDNESDAY_10AM.toInstant();
        return new VoiceAgent(UUID.fromString("00000000-0000-0000-0000-0000000a9e47"), "Ava", "A friendly agent.",
                "warm and professional", "en", GREETING, recording, DISCLOSURE,
                new VoiceAgent.Voice("EMBEDDED", "default", 1.0), 700, "MEDIUM", null, CHICAGO.getId(),
                "We're closed.", transferNumber, "+15125550100", settings, created, created);
    }

    // ---- what the dialogue did

    /** The only lead written (a test conversation has one caller). */
    LeadDetails lead() {
        if (leads.size() != 1) {
            throw new AssertionError("expected one lead, found " + leads.size() + ": " + leads);
        }
        return leads.values().iterator().next();
    }

    /** The caller's bookings (not those of the "someone else" of {@link #refuseOnce}) still standing. */
    public List<Booking> activeBookings() {
        return bookings.values().stream().filter(b -> !b.cancelled() && leads.containsKey(b.leadId())).toList();
    }

    List<Booking> cancelledBookings() {
        return bookings.values().stream().filter(Booking::cancelled).toList();
    }

    Listing listingByKey(String key) {
        return listings.stream().filter(l -> l.details().listingKey().equals(key)).findFirst().orElseThrow();
    }

    // ---- World

    @Override
    public ZonedDateTime now() {
        return now;
    }

    @Override
    public Gazetteer places() {
        return places;
    }

    @Override
    public VoiceAgent agent() {
        return agent;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public List<Listing> search(ListingQuery query) {
        searches.add(query);
        return listings.stream().filter(listing -> matches(listing.details(), query)).limit(query.limit()).toList();
    }

    private static boolean matches(ListingDetails d, ListingQuery q) {
        String status = q.status() == null ? "active" : q.status().replace(" ", "").toLowerCase(Locale.ROOT);
        return d.standardStatus().replace(" ", "").toLowerCase(Locale.ROOT).equals(status)
                && (q.city() == null || q.city().equalsIgnoreCase(d.city()))
                && (q.postalCode() == null || q.postalCode().equals(d.postalCode()))
                && (q.minPrice() == null || d.listPrice().compareTo(q.minPrice()) >= 0)
                && (q.maxPrice() == null || d.listPrice().compareTo(q.maxPrice()) <= 0)
                && (q.minBeds() == null || d.bedroomsTotal() != null && d.bedroomsTotal() >= q.minBeds())
                && (q.minBaths() == null || d.bathroomsTotalInteger() != null && d.bathroomsTotalInteger() >= q.minBaths())
                && (q.propertyType() == null || category(d) == q.propertyType())
                && (q.resoPropertyType() == null || q.resoPropertyType().equalsIgnoreCase(d.propertyType()))
                && (q.q() == null || q.q().isBlank() || text(d).contains(q.q().toLowerCase(Locale.ROOT)));
    }

    /** The lead's property type of a listing, as product.md maps PropertySubType. */
    private static PropertyCategory category(ListingDetails d) {
        if ("Land".equals(d.propertyType())) {
            return PropertyCategory.LAND;
        }
        return switch (d.propertySubType() == null ? "" : d.propertySubType()) {
            case "Single Family Residence" -> PropertyCategory.SINGLE_FAMILY;
            case "Condominium" -> PropertyCategory.CONDO;
            case "Townhouse" -> PropertyCategory.TOWNHOUSE;
            case "Duplex", "Triplex", "Quadruplex", "Multi Family" -> PropertyCategory.MULTI_FAMILY;
            default -> PropertyCategory.OTHER;
        };
    }

    private static String text(ListingDetails d) {
        return String.join(" ", d.unparsedAddress() == null ? "" : d.unparsedAddress(),
                d.city() == null ? "" : d.city(), d.publicRemarks() == null ? "" : d.publicRemarks())
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Listing> listing(UUID id) {
        return listings.stream().filter(listing -> listing.id().equals(id)).findFirst();
    }

    /** Slots of the member's 9-to-5 day, one after the other at the appointment's length, clear of bookings. */
    @Override
    public List<Slot> freeSlots(Instant from, Instant to, AppointmentType type) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("'to' must be after 'from' (as Scheduling.freeSlots requires)");
        }
        Instant earliest = from.isAfter(now.toInstant()) ? from : now.toInstant();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from.atZone(CHICAGO).toLocalDate(); !day.isAfter(to.atZone(CHICAGO).toLocalDate());
                day = day.plusDays(1)) {
            Instant close = ZonedDateTime.of(day, CLOSES, CHICAGO).toInstant();
            for (Instant start = ZonedDateTime.of(day, OPENS, CHICAGO).toInstant();
                    !start.plus(type.length()).isAfter(close); start = start.plus(type.length())) {
                Slot slot = new Slot(MEMBER, start, start.plus(type.length()));
                if (!start.isBefore(earliest) && start.isBefore(to) && free(slot)) {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    private boolean free(Slot slot) {
        return bookings.values().stream().filter(b -> !b.cancelled()).noneMatch(b -> slot.startsAt().isBefore(b.slot().endsAt())
                && b.slot().startsAt().isBefore(slot.endsAt()));
    }

    /**
     * Books like Scheduling.book: a time that is not in the future or not free is refused (empty, as the tenant's
     * world answers a refused booking); an unknown lead or listing is a mistake of the dialogue and throws.
     */
    @Override
    public Optional<UUID> book(UUID leadId, @Nullable UUID listingId, Slot slot, AppointmentType type) {
        if (!leads.containsKey(leadId) || listingId != null && listing(listingId).isEmpty()) {
            throw new IllegalArgumentException("no such lead or listing: " + leadId + ", " + listingId);
        }
        Slot booked = new Slot(slot.userId(), slot.startsAt(), slot.startsAt().plus(type.length()));
        if (refuseOnce.remove(slot.startsAt())) {
            // someone else booked it a moment ago
            UUID other = UUID.randomUUID();
            bookings.put(other, new Booking(other, UUID.randomUUID(), null, booked, type, false));
            return Optional.empty();
        }
        if (!slot.startsAt().isAfter(now.toInstant())) {
            return Optional.empty();
        }
        LocalTime start = booked.startsAt().atZone(CHICAGO).toLocalTime();
        LocalTime end = booked.endsAt().atZone(CHICAGO).toLocalTime();
        if (!slot.userId().equals(MEMBER) || start.isBefore(OPENS) || end.isAfter(CLOSES) || end.isBefore(start)
                || !free(booked)) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        bookings.put(id, new Booking(id, leadId, listingId, booked, type, false));
        return Optional.of(id);
    }

    @Override
    public void cancel(UUID appointmentId) {
        Booking booking = bookings.get(appointmentId);
        if (booking != null) {
            bookings.put(appointmentId, new Booking(booking.id(), booking.leadId(), booking.listingId(),
                    booking.slot(), booking.type(), true));
        }
    }

    @Override
    public Optional<String> memberName(UUID userId) {
        return userId.equals(MEMBER) ? Optional.of(MEMBER_NAME) : Optional.empty();
    }

    @Override
    public UUID saveLead(@Nullable UUID leadId, LeadDetails details) {
        UUID id = leadId != null ? leadId : UUID.randomUUID();
        if (leadId != null && !leads.containsKey(leadId)) {
            throw new IllegalArgumentException("no lead " + leadId);
        }
        leads.put(id, details);
        return id;
    }

    @Override
    public UUID callbackTask(UUID leadId, String note) {
        if (!leads.containsKey(leadId)) {
            throw new IllegalArgumentException("no lead " + leadId);
        }
        Task task = new Task(UUID.randomUUID(), leadId, note);
        tasks.add(task);
        return task.id();
    }

    // ---- the listings

    /** A listing with what every one has; {@code more} are pairs of RESO field name and value. */
    public static ListingDetails home(String key, String address, String city, String postalCode, String type,
            String subType, int price, @Nullable Integer beds, @Nullable Integer baths, @Nullable Integer area,
            Object... more) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        @SuppressWarnings("unchecked")
        List<String> pets = (List<String>) m.getOrDefault("PetsAllowed", List.of());
        return new ListingDetails(key, null, (String) m.getOrDefault("StandardStatus", "Active"), type, subType,
                BigDecimal.valueOf(price), null, beds, baths, area == null ? null : BigDecimal.valueOf(area),
                decimal(m.get("LotSizeSquareFeet")), (Integer) m.get("YearBuilt"), address, null, null, city, "TX",
                postalCode, null, null, (String) m.get("PublicRemarks"), decimal(m.get("GarageSpaces")),
                decimal(m.get("AssociationFee")), pets, null, null, List.of());
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    public static final List<ListingDetails> AUSTIN = List.of(
            home("DLG-1", "1204 Maple Street", "Austin", "78704", "Residential", "Single Family Residence", 485_000,
                    3, 2, 1_850, "GarageSpaces", 2, "AssociationFee", 0, "YearBuilt", 1998, "PublicRemarks",
                    "Updated kitchen and a big backyard with a pool. Walk to Zilker Elementary school."),
            home("DLG-2", "88 Oak Lane", "Austin", "78701", "Residential", "Condominium", 399_000, 2, 2, 1_100,
                    "AssociationFee", 350, "PublicRemarks", "Downtown condo with a balcony and a gym."),
            home("DLG-3", "15 Cedar Court", "Round Rock", "78664", "Residential", "Single Family Residence", 525_000,
                    4, 3, 2_400, "GarageSpaces", 3, "YearBuilt", 2015, "PublicRemarks",
                    "Open floor plan with a fireplace. Three-car garage."),
            home("DLG-4", "700 Pine Road", "Cedar Park", "78613", "Residential", "Townhouse", 350_000, 3, 2, 1_600,
                    "AssociationFee", 120, "PublicRemarks", "End unit with a small patio."),
            home("DLG-5", "42 Lakeview Drive", "Austin", "78731", "Residential", "Single Family Residence", 1_200_000,
                    5, 4, 4_100, "GarageSpaces", 3, "PublicRemarks", "Lake views and a wine cellar."),
            home("DLG-6", "310 Elm Street", "Austin", "78702", "Residential Lease", "Single Family Residence", 2_400,
                    3, 2, 1_500, "PetsAllowed", List.of("Cats OK", "Dogs OK"), "PublicRemarks",
                    "Fenced yard, close to parks."),
            home("DLG-7", "9 River Way", "Round Rock", "78664", "Residential Lease", "Condominium", 1_800, 2, 1, 950,
                    "PetsAllowed", List.of("No"), "PublicRemarks", "Quiet complex with a pool."),
            home("DLG-8", "500 Ranch Road", "Georgetown", "78626", "Residential Income", "Duplex", 650_000, 4, 4,
                    2_800, "PublicRemarks", "Both units leased; strong rental income."));
}
