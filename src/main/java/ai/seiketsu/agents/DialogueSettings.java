package ai.seiketsu.agents;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a voice agent's dialogue runs: what the brain ({@code dialogue}) reads to qualify, inform and book.
 *
 * @param mode          {@link DialogueMode#GUIDED} (the only one available yet)
 * @param requiredFacts what the agent asks every caller, in the enum's order; empty: it qualifies no one
 * @param knowledge     what the agent may tell callers about the agency beyond its listings, in the agency's words
 * @param booking       what the agent books, and with whom
 */
public record DialogueSettings(DialogueMode mode, Set<QualificationFact> requiredFacts,
        List<KnowledgeSnippet> knowledge, BookingRules booking) {

    /** A new agent's settings: guided, the full-score facts, no knowledge, showings with any active member. */
    public static final DialogueSettings DEFAULTS = new DialogueSettings(DialogueMode.GUIDED,
            QualificationFact.DEFAULTS, List.of(), BookingRules.DEFAULTS);

    public DialogueSettings {
        requiredFacts = inEnumOrder(requiredFacts);
        knowledge = List.copyOf(knowledge);
    }

    private static Set<QualificationFact> inEnumOrder(Collection<QualificationFact> facts) {
        return facts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facts));
    }

    /**
     * One thing the agent knows, such as the office hours or an answer to a frequent question.
     *
     * @param question what a caller would ask, or null (needed for {@link KnowledgeTopic#FAQ})
     * @param answer   what the agent says
     */
    public record KnowledgeSnippet(KnowledgeTopic topic, @Nullable String question, String answer) {

        /** Surrounding white space goes; a blank question is none. (Topic and answer are null only in a request.) */
        public KnowledgeSnippet {
            question = question == null || question.isBlank() ? null : question.strip();
            answer = answer != null ? answer.strip() : answer;
        }
    }

    /**
     * What the agent books and with whom.
     *
     * @param teamMemberIds the members (membership ids) whose free slots it offers, each once; empty: any active
     *                      member. Checked to be active members when they are set, but a member deactivated since
     *                      stays listed: whoever offers slots must skip members who are no longer active (scheduling
     *                      refuses their slots), and offer any active member's when none is left
     * @param slotsToOffer  how many free slots it proposes at once (2 or 3)
     */
    public record BookingRules(BookedAppointmentType appointmentType, List<UUID> teamMemberIds, int slotsToOffer) {

        public static final BookingRules DEFAULTS = new BookingRules(BookedAppointmentType.SHOWING, List.of(), 3);

        public BookingRules {
            teamMemberIds = List.copyOf(new LinkedHashSet<>(teamMemberIds));
        }
    }
}
