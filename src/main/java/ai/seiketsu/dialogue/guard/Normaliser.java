package ai.seiketsu.dialogue.guard;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings typed chat and speech-recogniser output to one form, so that one set of patterns serves both: lower case,
 * accents removed, British spellings the rules care about made American ("neighbour", "colour"), apostrophes and
 * punctuation turned into single spaces ("we're" becomes "we re", "family-friendly" becomes "family friendly"),
 * "+" spoken as "plus". Compound real-estate terms that contain a word the rules look for ("single family",
 * "family room") are joined into one token, so no rule can take them for a remark about people.
 */
final class Normaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NEUTRAL_COMPOUNDS = Pattern.compile(
            "\\b(single|multi|multiple) family\\b|\\bfamily (rooms?|size[ds]?|kitchen|dining)\\b");

    private Normaliser() {
    }

    static String normalise(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("+", " plus ").replace("&", " and ")
                .replace("neighbour", "neighbor").replace("colour", "color");
        String words = NOT_WORD.matcher(lower).replaceAll(" ").strip();
        return NEUTRAL_COMPOUNDS.matcher(words).replaceAll(match -> match.group().replace(" ", ""));
    }
}
