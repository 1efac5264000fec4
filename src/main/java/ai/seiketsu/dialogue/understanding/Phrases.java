package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A set of phrases, each a regular expression over whole words of {@link Utterance#joined()}: a phrase matches only
 * at word boundaries ("rent" is not found in "parent"), and a match is reported as the words it covers.
 *
 * <p>Matching is tried at word starts only, and there only with the phrases that can start with the word's first
 * letter: the alternatives are sorted by their possible first characters when compiled (a phrase whose first
 * character cannot be told, such as one starting with an optional word, is tried everywhere). A regular expression
 * engine tries every alternative at every position; with dozens of phrases per set and a dozen sets per utterance,
 * this is most of what understanding costs (see {@code UnderstandingBenchmark}).
 */
final class Phrases {

    private static final String BOUNDED = "(?<![^ ])(?:%s)(?![^ ])";

    private final Map<Character, Pattern> byFirstCharacter;
    private final @Nullable Pattern anyStart;

    private Phrases(Map<Character, Pattern> byFirstCharacter, @Nullable Pattern anyStart) {
        this.byFirstCharacter = byFirstCharacter;
        this.anyStart = anyStart;
    }

    /** Any one of {@code alternatives} (regular expressions, words separated by single spaces). */
    static Phrases of(String... alternatives) {
        List<@Nullable Set<Character>> firsts = new ArrayList<>();
        Set<Character> characters = new LinkedHashSet<>();
        for (String alternative : alternatives) {
            Set<Character> first = firstCharacters(alternative, 0);
            firsts.add(first);
            if (first != null) {
                characters.addAll(first);
            }
        }
        Map<Character, Pattern> byFirstCharacter = new HashMap<>();
        for (char c : characters) {
            byFirstCharacter.put(c, compile(alternatives, firsts, c));
        }
        return new Phrases(Map.copyOf(byFirstCharacter), compile(alternatives, firsts, null));
    }

    /** The alternatives, in their order, that may start with {@code c} (null: those that may start with anything). */
    private static @Nullable Pattern compile(String[] alternatives, List<@Nullable Set<Character>> firsts,
            @Nullable Character c) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < alternatives.length; i++) {
            Set<Character> first = firsts.get(i);
            if (first == null || c != null && first.contains(c)) {
                kept.add(alternatives[i]);
            }
        }
        return kept.isEmpty() ? null : Pattern.compile(BOUNDED.formatted(String.join("|", kept)));
    }

    /** Every match, left to right, as the matched text and the words it covers. */
    List<Found<String>> all(Utterance utterance) {
        List<Found<String>> found = new ArrayList<>();
        Map<Pattern, Matcher> matchers = new HashMap<>();
        for (int i = 0; i < utterance.size(); i++) {
            Found<String> match = match(utterance, i, matchers);
            if (match != null) {
                found.add(match);
                i = match.end() - 1;
            }
        }
        return found;
    }

    /** The leftmost match, or null. */
    @Nullable Found<String> first(Utterance utterance) {
        Map<Pattern, Matcher> matchers = new HashMap<>();
        for (int i = 0; i < utterance.size(); i++) {
            Found<String> match = match(utterance, i, matchers);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** The match that starts at word {@code index}, or null. */
    @Nullable Found<String> at(Utterance utterance, int index) {
        return index >= 0 && index < utterance.size() ? match(utterance, index, new HashMap<>()) : null;
    }

    boolean in(Utterance utterance) {
        return first(utterance) != null;
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

    private @Nullable Found<String> match(Utterance utterance, int index, Map<Pattern, Matcher> matchers) {
        String joined = utterance.joined();
        int offset = utterance.offsetOf(index);
        Pattern pattern = byFirstCharacter.getOrDefault(joined.charAt(offset), anyStart);
        if (pattern == null) {
            return null;
        }
        Matcher matcher = matchers.computeIfAbsent(pattern, p -> p.matcher(joined).useTransparentBounds(true));
        matcher.region(offset, joined.length());
        if (!matcher.lookingAt() || matcher.end() == matcher.start()) {
            return null;
        }
        return new Found<>(matcher.group(), index, utterance.wordAt(matcher.end() - 1) + 1);
    }

    /**
     * The characters a match of {@code regex} (from {@code from} on) can start with, or null when they cannot be
     * told: a literal letter, the first letters of a leading group's branches, past a leading lookbehind.
     */
    private static @Nullable Set<Character> firstCharacters(String regex, int from) {
        if (from >= regex.length()) {
            return null;
        }
        char c = regex.charAt(from);
        if (regex.startsWith("(?<!", from) || regex.startsWith("(?<=", from)) {
            return firstCharacters(regex, closing(regex, from) + 1);
        }
        if (regex.startsWith("(?:", from)) {
            int close = closing(regex, from);
            if (optional(regex, close + 1)) {
                return null;
            }
            Set<Character> union = new HashSet<>();
            for (String branch : branches(regex.substring(from + 3, close))) {
                Set<Character> first = firstCharacters(branch, 0);
                if (first == null) {
                    return null;
                }
                union.addAll(first);
            }
            return union;
        }
        boolean literal = Character.isLetterOrDigit(c) || c == '\'' || c == '$';
        return literal && !optional(regex, from + 1) ? Set.of(c) : null;
    }

    private static boolean optional(String regex, int index) {
        return index < regex.length() && (regex.charAt(index) == '?' || regex.charAt(index) == '*'
                || regex.startsWith("{0", index));
    }

    /** The index of the parenthesis that closes the group opened at {@code open}. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + regex);
    }

    /** The top-level branches of a group's body ("a|b(c|d)" → "a", "b(c|d)"). */
    private static List<String> branches(String body) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(body.substring(start, i));
                start = i + 1;
            }
        }
        branches.add(body.substring(start));
        return branches;
    }
}
