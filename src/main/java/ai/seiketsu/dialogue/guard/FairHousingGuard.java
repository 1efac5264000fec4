package ai.seiketsu.dialogue.guard;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the voice agent to fair-housing rules: it does not describe people or neighbourhoods by race, colour,
 * religion, national origin, sex, familial status or disability, and does not steer. Two checks, both pure and
 * fast (precompiled patterns over a normalised copy of the text, so typed chat and speech-recogniser output read
 * alike):
 * <ul>
 * <li>{@link #screenQuestion} before the dialogue answers a caller: a question that invites steering or describes
 * people by a protected class gets a neutral answer pointing to objective data instead;</li>
 * <li>{@link #screenReply} on every reply before it is spoken, as defence in depth: a sentence that describes
 * people or areas by a protected class, says whom a home suits, or judges an area or its schools is replaced.</li>
 * </ul>
 * Thread-safe; one instance can serve every call. The policy, its grey areas and the choices made are in
 * {@code docs/fair-housing.md}.
 */
public final class FairHousingGuard {

    private static final Screening CLEAR = new Screening.Clear();
    // a sentence ends at ., ! or ? and a space: "0.3 miles" stays whole, and so does "St. Mary's" and "Dr. King"
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:St|Dr|Mr|Mrs|Ms|Mt|Ave|Rd|Blvd|Ln|Jr|Sr|No|approx|vs|etc)\\.)\\s+");

    /**
     * Screens what a caller said. Clear for ordinary real-estate talk, including a caller describing their own
     * household ("a house for my family", "my wife uses a wheelchair") and questions about a home's features
     * ("is there an accessible entrance"); otherwise the concern and a neutral answer to give instead.
     */
    public Screening screenQuestion(String callerText) {
        String text = Normaliser.normalise(callerText);
        Concern concern = firstConcern(Rules.FOR_CALLERS, text);
        return concern == null ? CLEAR
                : new Screening.Neutralised(concern, NeutralReplies.forKind(concern.kind(), text));
    }

    /**
     * Screens the agent's own reply (a whole reply, or one sentence as it streams). Clear when no sentence raises a
     * concern; otherwise the reply with its offending sentences removed and one neutral sentence in place of the
     * first, so the facts in the other sentences are still spoken. The concern is the first one found.
     */
    public Screening screenReply(String agentText) {
        StringBuilder kept = new StringBuilder();
        Concern first = null;
        for (String sentence : SENTENCE_END.split(agentText.strip())) {
            String text = Normaliser.normalise(sentence);
            Concern concern = firstConcern(Rules.FOR_AGENTS, text);
            if (concern == null) {
                append(kept, sentence);
            }
            else if (first == null) {
                first = concern;
                append(kept, NeutralReplies.forKind(concern.kind(), text));
            }
        }
        return first == null ? CLEAR : new Screening.Neutralised(first, kept.toString());
    }

    private static @Nullable Concern firstConcern(List<Rule> rules, String text) {
        for (Rule rule : rules) {
            Concern concern = rule.find(text);
            if (concern != null) {
                return concern;
            }
        }
        return null;
    }

    private static void append(StringBuilder reply, String sentence) {
        if (!reply.isEmpty()) {
            reply.append(' ');
        }
        reply.append(sentence);
    }
}
