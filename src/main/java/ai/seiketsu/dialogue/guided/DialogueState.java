package ai.seiketsu.dialogue.guided;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.agents.QualificationFact;
import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * What one guided conversation knows and where it stands: the caller's facts, the question asked, the listings and
 * slots offered, what was booked and how the conversation is ending. Saved (as JSON) after every turn, so a dropped
 * call or a restarted server loses nothing, and so a text conversation can go on on any node.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class DialogueState {

    /** Where the conversation is. */
    public enum Stage {
        /** Learning the caller's facts, one question at a time. */
        QUALIFYING,
        /** Listings were described; waiting to hear whether the caller wants to see one. */
        LISTINGS_OFFERED,
        /** A consultation (or a listing appointment, for a seller) was offered. */
        MEETING_OFFERED,
        /** Free slots were offered. */
        SLOTS_OFFERED,
        /** None of the slots suited; waiting for a day or time. */
        ASKING_TIME,
        /** Everything is done; "anything else?" was asked. */
        WRAPPING_UP,
        ENDED
    }

    /** How the caller reaches a person. */
    public enum Handoff {
        TRANSFER, CALLBACK
    }

    /** A listing described to the caller, in the order described ("the second one"). */
    public record Offered(UUID id, String label) {
    }

    /** A slot offered to the caller, in the order offered ("the first one"). */
    public record OfferedSlot(UUID userId, Instant startsAt, Instant endsAt) {
    }

    // ---- the caller's facts (the lead, as far as it is known)
    @Nullable Intent intent;
    List<String> areas = new ArrayList<>();
    @Nullable Integer budgetMin;
    @Nullable Integer budgetMax;
    @Nullable Integer bedrooms;
    @Nullable Integer bathrooms;
    @Nullable PropertyType propertyType;
    @Nullable Timeline timeline;
    @Nullable Financing financing;
    @Nullable String motivation;
    @Nullable String firstName;
    @Nullable String lastName;
    @Nullable String phone;
    @Nullable String email;
    boolean doNotCall;
    /** Facts the caller would not or could not give: never asked again. */
    EnumSet<QualificationFact> declined = EnumSet.noneOf(QualificationFact.class);
    /** Facts the caller gave (or declined) since the lead was last written. */
    boolean leadChanged;

    // ---- the flow
    Stage stage = Stage.QUALIFYING;
    /** The fact the agent asked for last, if its last question asked for one. */
    @Nullable QualificationFact asking;
    /** How many times in a row the caller's answer to {@link #asking} could not be read. */
    int misses;
    /** A phone number or e-mail read back and waiting for the caller's yes or no. */
    @Nullable QualificationFact confirming;
    /** The caller asked to book (or accepted an offer) but a name or number is needed first. */
    boolean wantsBooking;
    /** The caller asked for a person but a callback number is needed first. */
    boolean wantsCallback;

    List<Offered> listings = new ArrayList<>();
    /** The listing the caller is talking about (an index into {@link #listings}), or -1. */
    int focus = -1;
    boolean listingsSearched;
    List<OfferedSlot> slots = new ArrayList<>();
    @Nullable UUID bookingListingId;
    /** A time the caller asked for before the booking could start (name and number first): start, and end unless exact. */
    @Nullable Instant bookingFrom;
    @Nullable Instant bookingTo;
    /** A fact to ask for again at once (its read-back was wrong). */
    @Nullable QualificationFact reask;

    // ---- what came of it
    @Nullable UUID leadId;
    @Nullable UUID appointmentId;
    @Nullable Instant appointmentAt;
    @Nullable UUID appointmentUserId;
    @Nullable Handoff handoff;
    @Nullable UUID callbackTaskId;
    boolean noInterest;
    /** The conversation ended (the caller hung up, the API ended it) while the agent waited for an answer. */
    boolean leftMidFlow;
    /** Questions about listings or the agency the agent answered. */
    int questionsAnswered;
    @Nullable String lastReply;
    int callerTurns;

    public @Nullable UUID leadId() {
        return leadId;
    }

    public @Nullable UUID appointmentId() {
        return appointmentId;
    }

    public boolean ended() {
        return stage == Stage.ENDED;
    }

    public Stage stage() {
        return stage;
    }

    /** The facts as the lead keeps them ({@code source} says where they came from). */
    public LeadDetails details(String source, @Nullable String timeZone) {
        return new LeadDetails(firstName, lastName, phone, email, intent, List.copyOf(areas), propertyType, budgetMin,
                budgetMax, bedrooms, bathrooms, timeline, financing, motivation, List.of(), timeZone,
                doNotCall ? Boolean.TRUE : null, source);
    }

    boolean knows(QualificationFact fact) {
        return switch (fact) {
            case INTENT -> intent != null;
            case AREA -> !areas.isEmpty();
            case BUDGET -> budgetMin != null || budgetMax != null;
            case BEDROOMS -> bedrooms != null;
            case BATHROOMS -> bathrooms != null;
            case PROPERTY_TYPE -> propertyType != null;
            case TIMELINE -> timeline != null;
            case FINANCING -> financing != null;
            case MOTIVATION -> motivation != null;
            case NAME -> firstName != null;
            case CALLBACK_NUMBER -> phone != null;
            case EMAIL -> email != null;
        };
    }

    /** Whether a lead can be written: it needs a name, a phone number or an e-mail. */
    boolean identifiable() {
        return firstName != null || lastName != null || phone != null || email != null;
    }
}
