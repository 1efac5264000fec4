package ai.seiketsu.dialogue.understanding;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The caller's name: "my name is Maria Lopez", "the name's John", "my first name is Maria and my last name is
 * Lopez"; and, when no everyday word follows, "call me Ana" ("call me back" holds no name) and "this is John",
 * "it's Ana", "I'm Maria" at the start of what was said ("this is a nice house" and "I'm looking for a condo" hold
 * no name). When the agent asked for the name,
 * the answer alone ("Maria Lopez", "sure, it's Maria") is one. Particles belong to the last name ("Maria de la
 * Cruz"), and so does a hyphen ("Mary-Jane Smith-Jones" when typed).
 */
final class NameWords {

    private static final Phrases CUES = Phrases.of("(?<!last |family |'s |his |her |their |your )name(?:'s| is)",
            "i go by",
            "(?:my )?first name(?: is|'s)");
    private static final Phrases CALL_ME = Phrases.of("(?:you can |just )?call me");
    private static final Phrases LAST_NAME = Phrases.of("(?:my )?(?:last name|surname)(?: is|'s)");
    private static final Phrases INTRODUCTIONS = Phrases.of("(?:this|it) is", "it's", "i'm", "i am", "here's");
    private static final Set<String> OPENERS = Set.of("hi", "hello", "hey", "yes", "yeah", "yep", "oh", "well",
            "sure", "ok", "okay", "good", "morning", "afternoon", "evening", "there", "and", "so", "um", "sorry",
            "it's", "its", "name", "my", "is", "this", "i'm");
    private static final Set<String> STOPS = Set.of("and", "from", "i", "i'm", "calling", "here", "with", "at", "by",
            "on", "my", "the", "a", "an", "speaking", "please", "thanks", "thank", "so", "but", "or", "just", "again",
            "yes", "yeah", "ok", "okay", "is", "it's", "to", "who", "for", "in", "about", "i'd", "i've");
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "da", "di", "van", "von", "der", "den",
            "la", "le", "du", "dos", "das", "bin", "al");

    private NameWords() {
    }

    static @Nullable Found<PersonName> find(Utterance utterance, Claims claims, Context context) {
        Found<PersonName> name = null;
        Found<String> cue = CUES.first(utterance);
        if (cue != null) {
            name = name(utterance, claims, cue.start(), cue.end(), true);
        }
        Found<String> callMe = CALL_ME.first(utterance);
        if (name == null && callMe != null) {
            name = name(utterance, claims, callMe.start(), callMe.end(), false);
        }
        if (name == null) {
            for (Found<String> introduction : INTRODUCTIONS.all(utterance)) {
                if (onlyOpenersBefore(utterance, introduction.start())) {
                    name = name(utterance, claims, introduction.start(), introduction.end(), false);
                    if (name != null) {
                        break;
                    }
                }
            }
        }
        if (name == null && context.asked() == Slot.NAME) {
            int start = 0;
            while (OPENERS.contains(utterance.word(start))) {
                start++;
            }
            name = name(utterance, claims, start, start, true);
        }
        return name == null ? null : withLastName(utterance, claims, name);
    }

    /** "... and my last name is Lopez" completes a first name given alone. */
    private static Found<PersonName> withLastName(Utterance utterance, Claims claims, Found<PersonName> name) {
        Found<String> cue = LAST_NAME.first(utterance);
        if (name.value().last() != null || cue == null || cue.start() < name.end()) {
            return name;
        }
        Found<PersonName> last = name(utterance, claims, cue.start(), cue.end(), true);
        return last == null ? name
                : new Found<>(new PersonName(name.value().first(), last.value().first()), name.start(), last.end());
    }

    /** Whether only openers ("hi", "yes", "well") come before {@code index} in its sentence (or clause). */
    private static boolean onlyOpenersBefore(Utterance utterance, int index) {
        for (int k = index - 1; k >= 0; k--) {
            if (utterance.breakAfter(k)) {
                return true; // "I want to buy. I am Tom Baker"
            }
            if (!OPENERS.contains(utterance.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** The name at word {@code at}; {@code cued} when a cue said a name comes, so an everyday word may be one. */
    private static @Nullable Found<PersonName> name(Utterance utterance, Claims claims, int start, int at,
            boolean cued) {
        int end = word(utterance, claims, at, cued);
        if (end < 0) {
            return null;
        }
        String first = capitalised(utterance, at, end);
        int lastStart = end;
        int k = end;
        while (!utterance.breakAfter(k - 1) && PARTICLES.contains(utterance.word(k))) {
            k++;
        }
        int lastEnd = utterance.breakAfter(k - 1) ? -1 : word(utterance, claims, k, false);
        if (lastEnd < 0) {
            return new Found<>(new PersonName(first, null), start, end);
        }
        return new Found<>(new PersonName(first, capitalised(utterance, lastStart, lastEnd)), start, lastEnd);
    }

    /** Where the name word (with hyphenated parts) at {@code at} ends, or -1 when there is none. */
    private static int word(Utterance utterance, Claims claims, int at, boolean cued) {
        String word = utterance.word(at);
        boolean letters = word.length() >= 2 && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'');
        if (!letters || !claims.isFree(at) || STOPS.contains(word) || !cued && CommonWords.contains(word)
                || NumberWords.isNumberWord(word)) {
            return -1;
        }
        int end = at + 1;
        while (utterance.hyphenAfter(end - 1) && end < utterance.size() && claims.isFree(end)) {
            end++;
        }
        return end;
    }

    /**
     * The words as typed when they carry capitals ("McDonald"), else capitalised ("o'brien" → O'Brien), particles
     * left in lower case ("de la Cruz").
     */
    private static String capitalised(Utterance utterance, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            String original = utterance.original(k);
            boolean typed = !original.equals(original.toLowerCase(Locale.ROOT))
                    && !original.equals(original.toUpperCase(Locale.ROOT));
            String word = utterance.word(k);
            String part = typed ? original : PARTICLES.contains(word) ? word : capitalise(word);
            name.append(name.isEmpty() ? "" : utterance.hyphenAfter(k - 1) ? "-" : " ").append(part);
        }
        return name.toString();
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean initial = i == 0 || i == 2 && word.charAt(1) == '\'';
            out.append(initial ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }
}
