package ai.seiketsu.dialogue.guided;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.LeadScoring;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.leads.Financing;

/**
 * How a guided conversation came out, and its summary for staff: both computed from the state alone, so the same
 * conversation always gets the same outcome and the same words.
 */
public final class Conclusion {

    /** A lead scoring this much is qualified (the score at which leads move to QUALIFIED on their own). */
    static final int QUALIFIED_SCORE = 70;

    private Conclusion() {
    }

    /**
     * The outcome, most decisive first: the caller's stop request, a hand-off, a booking, a qualified lead, a caller
     * who was not interested, information given (unless the caller left while the agent waited for an answer);
     * otherwise the conversation is incomplete.
     */
    public static ConversationOutcome outcome(DialogueState state) {
        if (state.doNotCall) {
            return ConversationOutcome.DO_NOT_CALL;
        }
        if (state.handoff == DialogueState.Handoff.TRANSFER) {
            return ConversationOutcome.TRANSFERRED;
        }
        if (state.handoff == DialogueState.Handoff.CALLBACK && state.appointmentId == null) {
            return ConversationOutcome.CALLBACK_REQUESTED;
        }
        if (state.appointmentId != null) {
            return ConversationOutcome.APPOINTMENT_BOOKED;
        }
        if (LeadScoring.score(state.details("summary", null)).score() >= QUALIFIED_SCORE) {
            return ConversationOutcome.QUALIFIED;
        }
        if (state.noInterest) {
            return ConversationOutcome.NO_INTEREST;
        }
        if (state.questionsAnswered > 0 && !state.leftMidFlow) {
            return ConversationOutcome.INFORMATION_PROVIDED;
        }
        return ConversationOutcome.INCOMPLETE;
    }

    /**
     * Who called, what they want, what was arranged: "Maria Lopez (512-555-0142) wants to buy in Austin, up to
     * $500,000, 3 bedrooms ... Booked a showing on Saturday, November 28 at 2 PM. Outcome: appointment booked."
     */
    public static String summary(DialogueState state, ZoneId zone) {
        List<String> sentences = new ArrayList<>();
        String who = state.firstName == null ? "The caller"
                : state.firstName + (state.lastName != null ? " " + state.lastName : "");
        List<String> contact = new ArrayList<>();
        if (state.phone != null) {
            contact.add(Phrasing.phone(state.phone));
        }
        if (state.email != null) {
            contact.add(state.email);
        }
        if (!contact.isEmpty()) {
            who += " (" + String.join(", ", contact) + ")";
        }
        List<String> wants = new ArrayList<>();
        if (!state.areas.isEmpty()) {
            wants.add((state.intent == Intent.SELL ? "property in " : "in ") + Phrasing.joined(state.areas));
        }
        if (state.budgetMin != null || state.budgetMax != null) {
            wants.add(Phrasing.budget(state.budgetMin, state.budgetMax, state.intent));
        }
        if (state.bedrooms != null) {
            wants.add(Phrasing.rooms(state.bedrooms, "bedroom"));
        }
        if (state.bathrooms != null) {
            wants.add(Phrasing.rooms(state.bathrooms, "bathroom"));
        }
        if (state.propertyType != null) {
            wants.add(Phrasing.propertyType(state.propertyType));
        }
        if (state.timeline != null && state.timeline != Timeline.UNKNOWN) {
            wants.add("timeline " + Phrasing.timeline(state.timeline));
        }
        if (state.financing != null && state.financing != Financing.UNKNOWN) {
            wants.add(Phrasing.financing(state.financing));
        }
        String intent = state.intent == null ? "did not say whether they want to buy, sell or rent"
                : "wants to " + Phrasing.intent(state.intent);
        sentences.add(who + " " + intent + (wants.isEmpty() ? "" : ": " + String.join(", ", wants)) + ".");
        if (state.motivation != null) {
            sentences.add("Motivation: " + state.motivation + ".");
        }
        if (!state.listings.isEmpty()) {
            sentences.add("Listings discussed: " + Phrasing.joined(state.listings.stream()
                    .map(DialogueState.Offered::label).toList()) + ".");
        }
        if (state.appointmentId != null && state.appointmentAt != null) {
            sentences.add("Booked for " + Phrasing.time(state.appointmentAt, zone) + ".");
        }
        if (state.handoff == DialogueState.Handoff.TRANSFER) {
            sentences.add("Asked for a person; transferred.");
        }
        else if (state.handoff == DialogueState.Handoff.CALLBACK) {
            sentences.add("A callback task was created for the team.");
        }
        if (state.doNotCall) {
            sentences.add("Asked not to be called again.");
        }
        String outcome = outcome(state).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        sentences.add("Outcome: " + outcome + ".");
        return String.join(" ", sentences);
    }
}
