package ai.seiketsu.dialogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.guided.World;
import ai.seiketsu.dialogue.understanding.Gazetteer;
import ai.seiketsu.identity.Team;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.leads.LeadTasks;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.leads.TaskType;
import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.NewAppointment;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.scheduling.Slot;
import ai.seiketsu.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link World} of the current tenant for one voice agent on one channel: its listings, its team's free time,
 * its leads. Runs inside the transaction of the turn; a booking or a lead write that fails (a slot taken a moment
 * ago, a contact that belongs to another lead) is undone to a savepoint without failing the turn.
 */
final class TenantWorld implements World {

    private static final Logger log = LoggerFactory.getLogger(TenantWorld.class);
    private static final Duration CALLBACK_DUE = Duration.ofMinutes(30);

    private final VoiceAgent agent;
    private final Channel channel;
    private final Gazetteer places;
    private final ZoneId zone;
    private final Services services;

    /** What every tenant's world is made of. */
    record Services(Listings listings, Scheduling scheduling, Leads leads, LeadTasks tasks, Team team,
            TransactionTemplate nested, Clock clock) {
    }

    TenantWorld(VoiceAgent agent, Channel channel, Gazetteer places, ZoneId zone, Services services) {
        this.agent = agent;
        this.channel = channel;
        this.places = places;
        this.zone = zone;
        this.services = services;
    }

    @Override
    public ZonedDateTime now() {
        return services.clock().instant().atZone(zone);
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
        return services.listings().search(query).items();
    }

    @Override
    public Optional<Listing> listing(UUID id) {
        return services.listings().find(id);
    }

    /**
     * The world's slots are those that start in {@code [from, to)} (a caller's "at 10:30" asks for 10:30 to 10:31),
     * while {@link Scheduling#freeSlots} answers those that also end by {@code to}: it is asked for one appointment
     * length more, and what starts at or after {@code to} is left out.
     */
    @Override
    public List<Slot> freeSlots(Instant from, Instant to, AppointmentType type) {
        Instant endingBy = to.plus(type.length());
        List<UUID> members = agent.dialogue().booking().teamMemberIds().stream()
                .filter(services.team()::isActiveMember).toList();
        List<Slot> slots = new ArrayList<>();
        if (members.isEmpty()) {
            slots.addAll(services.scheduling().freeSlots(null, from, endingBy, type));
        }
        for (UUID member : members) {
            slots.addAll(services.scheduling().freeSlots(member, from, endingBy, type));
        }
        slots.removeIf(slot -> !slot.startsAt().isBefore(to));
        slots.sort(Comparator.comparing(Slot::startsAt).thenComparing(Slot::userId));
        return slots;
    }

    @Override
    public Optional<UUID> book(UUID leadId, @Nullable UUID listingId, Slot slot, AppointmentType type) {
        try {
            return Optional.of(services.nested().execute(status -> services.scheduling()
                    .book(new NewAppointment(leadId, listingId, slot.userId(), type, slot.startsAt())).id()));
        }
        catch (ProblemException e) {
            log.debug("slot {} with {} could not be booked: {}", slot.startsAt(), slot.userId(), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void cancel(UUID appointmentId) {
        try {
            services.nested().executeWithoutResult(status -> services.scheduling().cancel(appointmentId));
        }
        catch (ProblemException e) {
            log.debug("appointment {} could not be cancelled: {}", appointmentId, e.getMessage());
        }
    }

    @Override
    public Optional<String> memberName(UUID userId) {
        return services.team().memberName(userId);
    }

    @Override
    public @Nullable UUID saveLead(@Nullable UUID leadId, LeadDetails details) {
        try {
            return services.nested().execute(status -> write(leadId, details));
        }
        catch (ProblemException e) {
            // a phone or e-mail another lead has, or one the lead rules refuse: keep the rest of what was learned
            log.debug("lead details refused ({}); saving them without contact changes", e.getMessage());
            LeadDetails withoutContacts = details.withContacts(null, null);
            if (leadId == null && withoutContacts.firstName() == null && withoutContacts.lastName() == null) {
                return null;
            }
            try {
                return services.nested().execute(status -> write(leadId, withoutContacts));
            }
            catch (ProblemException again) {
                log.warn("a conversation's lead details were refused: {}", again.getMessage());
                return leadId;
            }
        }
    }

    private UUID write(@Nullable UUID leadId, LeadDetails details) {
        if (leadId == null) {
            return services.leads().create(details).lead().id();
        }
        return services.leads().learned(leadId, details).id();
    }

    @Override
    public UUID callbackTask(UUID leadId, String note) {
        return services.tasks().create(leadId, TaskType.CALLBACK, services.clock().instant().plus(CALLBACK_DUE), note,
                null).id();
    }
}
