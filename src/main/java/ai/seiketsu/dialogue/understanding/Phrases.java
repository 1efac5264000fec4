package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A set of phrases, each a regular expression over whole words of {@link Utterance#joined()}: a phrase matches only
 * at word boundaries ("rent" is not found in "parent"), and a match is reported as the words it covers.
 */
final class Phrases {

    private final Pattern pattern;

    private Phrases(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Any one of {@code alternatives} (regular expressions, words separated by single spaces). */
    static Phrases of(String... alternatives) {
        return new Phrases(Pattern.compile("(?<![^ ])(?:" + String.join("|", alternatives) + ")(?![^ ])"));
    }

    /** Every match, left to right, as the matched text and the words it covers. */
    List<Found<String>> all(Utterance utterance) {
        List<Found<String>> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(utterance.joined());
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                found.add(found(utterance, matcher));
            }
        }
        return found;
    }

    /** The leftmost match, or null. */
    @Nullable Found<String> first(Utterance utterance) {
        Matcher matcher = pattern.matcher(utterance.joined());
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                return found(utterance, matcher);
            }
        }
        return null;
    }

    /** The match that starts at word {@code index}, or null. */
    @Nullable Found<String> at(Utterance utterance, int index) {
        for (Found<String> found : all(utterance)) {
            if (found.start() == index) {
                return found;
            }
        }
        return null;
    }

    /**
     * Of several sets of phrases, the one said first: the earliest match, and of two that start together the longer
     * ("town house" is a townhouse, not a house).
     */
    static <T> @Nullable Found<T> earliest(Utterance utterance, Map<T, Phrases> choices) {
        Found<T> earliest = null;
        for (Map.Entry<T, Phrases> choice : choices.entrySet()) {
            Found<String> found = choice.getValue().first(utterance);
            if (found != null && (earliest == null || found.start() < earliest.start()
                    || found.start() == earliest.start() && found.end() > earliest.end())) {
                earliest = new Found<>(choice.getKey(), found.start(), found.end());
            }
        }
        return earliest;
    }

    boolean in(Utterance utterance) {
        return first(utterance) != null;
    }

    private static Found<String> found(Utterance utterance, Matcher matcher) {
        return new Found<>(matcher.group(), utterance.wordAt(matcher.start()), utterance.wordAt(matcher.end() - 1) + 1);
    }
}
