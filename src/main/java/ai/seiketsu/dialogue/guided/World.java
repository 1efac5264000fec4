package ai.seiketsu.dialogue.guided;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.understanding.Gazetteer;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.Slot;
import org.jspecify.annotations.Nullable;

/**
 * Everything the guided dialogue reads from or writes to the agency while it answers one turn: its listings, its
 * team's free time, its leads. The application answers from the current tenant's data; tests and benchmarks answer
 * from memory. Every fact the agent states comes through here, so it can only state the agency's own data.
 */
public interface World {

    /** Now, in the agency's time zone: dates and times are read and said in it. */
    ZonedDateTime now();

    /** The places the agency's listings know. */
    Gazetteer places();

    /** The voice agent speaking, with its dialogue settings. */
    VoiceAgent agent();

    /** Where the caller is: a transfer to a person is possible only on the phone. */
    Channel channel();

    /** Active listings matching the query, best first, at most {@code query.limit()}. */
    List<Listing> search(ListingQuery query);

    /** How many active listings match the query in all, when it is cheap to know; else the number returned. */
    default int count(ListingQuery query, List<Listing> found) {
        return found.size();
    }

    Optional<Listing> listing(UUID id);

    /**
     * Free slots of the team members the agent books with that start in {@code [from, to)} (they may end later),
     * earliest first: "Saturday at two" asks for slots starting at two.
     */
    List<Slot> freeSlots(Instant from, Instant to, AppointmentType type);

    /** Books the slot for the lead; empty when the slot was taken meanwhile. */
    Optional<UUID> book(UUID leadId, @Nullable UUID listingId, Slot slot, AppointmentType type);

    /** Cancels an appointment booked earlier in this conversation (the caller moved it). */
    void cancel(UUID appointmentId);

    /** The name callers hear for a team member ("Jane Smith"), or empty when the member has none. */
    Optional<String> memberName(UUID userId);

    /**
     * Creates the lead (or merges into the agency's lead with the same phone or e-mail) when {@code leadId} is null,
     * else writes these details over the lead's (a budget replaces both bounds); answers the lead's id, or null when
     * no lead could be written (the details are kept in the conversation's state and summary).
     */
    @Nullable UUID saveLead(@Nullable UUID leadId, LeadDetails details);

    /** A callback task for the team on the lead, due soon. */
    UUID callbackTask(UUID leadId, String note);
}
