package ai.seiketsu.dialogue.understanding;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One thing the caller said, as the words the parsers read. A speech recogniser gives lower-case words without
 * punctuation and with numbers as words ("five hundred thousand"); typed chat has capitals, digits and punctuation
 * ("$500k", "3bd/2ba", "maria.lopez@gmail.com"). Both end up as one list of lower-case words:
 * <ul>
 * <li>numbers written with digits are one word each, without thousands separators ({@code "1,200,000"} →
 * {@code 1200000}; {@code 1.2}, {@code 10:30} and {@code 6/14} stay as they are), and letters stuck to them are a
 * word of their own ({@code 500k} → {@code 500 k}, {@code 3bd} → {@code 3 bd}, {@code 2pm} → {@code 2 pm});</li>
 * <li>a dash between two numbers is {@code to} ({@code 450-500k}); other dashes split words
 * ({@code pre-approved} → {@code pre approved}, {@code twenty-two} → {@code twenty two});</li>
 * <li>a dot inside a word is the word {@code dot}, as an address is read out ({@code gmail.com} →
 * {@code gmail dot com}); {@code $}, {@code +}, {@code &}, {@code @} and {@code %} become {@code $}, {@code plus},
 * {@code and}, {@code at} and {@code percent};</li>
 * <li>a typed e-mail address is kept as one word, and a typed phone number ({@code (512) 555-0142}) as its
 * digits;</li>
 * <li>hesitations ("um", "uh") are dropped, "uh huh" and "mm hmm" are {@code yes}, and contractions typed without
 * their apostrophe ("dont", "im") get it back.</li>
 * </ul>
 * Other punctuation is dropped, but where a sentence or clause ended is kept ({@link #breakAfter}).
 *
 * <p>{@link #correction()} tells whether the caller is correcting something said before ("no, I said four
 * hundred", "actually", "I meant", "sorry, make that"): the facts of a correction replace the old ones.
 */
public final class Utterance {

    private static final Pattern CORRECTION = Pattern.compile("^(?:(?:oh|well|no|nope|sorry|wait|hold on|hang on"
            + "|oops|whoops|my bad) )*(?:i said|i meant|i mean|make that|correction|scratch that"
            + "|let me correct (?:that|myself)|change (?:that|it) to|i misspoke|no it's|no it is|it should be"
            + "|that should be)(?![^ ])|^(?:\\S+ ){0,3}actually(?![^ ])");

    private final String text;
    private final List<String> words;
    private final List<String> originals;
    private final BitSet breaks;
    private final BitSet hyphens;
    private final String joined;
    private final int[] starts;
    private final boolean correction;

    Utterance(String text, List<String> words, List<String> originals, BitSet breaks, BitSet hyphens) {
        this.text = text;
        this.words = List.copyOf(words);
        this.originals = List.copyOf(originals);
        this.breaks = (BitSet) breaks.clone();
        this.hyphens = (BitSet) hyphens.clone();
        this.joined = String.join(" ", words);
        this.starts = new int[words.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + words.get(i - 1).length() + 1;
        }
        this.correction = CORRECTION.matcher(joined).find();
    }

    /** Reads {@code text}, as recognised from speech or as typed. */
    public static Utterance of(String text) {
        return Tokenizer.tokenize(text);
    }

    /** The text as it came in. */
    public String text() {
        return text;
    }

    /** The normalised words, lower case. */
    public List<String> words() {
        return words;
    }

    /** Whether the caller is correcting what they said before ("no, I said ...", "actually", "I meant"). */
    public boolean correction() {
        return correction;
    }

    @Override
    public String toString() {
        return joined;
    }

    int size() {
        return words.size();
    }

    String word(int index) {
        return index >= 0 && index < words.size() ? words.get(index) : "";
    }

    /** The word as it was written (capitals and thousands separators kept), for names and quoted phrases. */
    String original(int index) {
        return originals.get(index);
    }

    /** Whether a sentence or clause ended after this word (typed punctuation). */
    boolean breakAfter(int index) {
        return breaks.get(index);
    }

    /** The index after the last word of the clause that word {@code from} is in. */
    int clauseEnd(int from) {
        int end = breaks.nextSetBit(from);
        return end < 0 ? words.size() : end + 1;
    }

    /** Whether this word and the next were written as one with a hyphen ("Mary-Jane"). */
    boolean hyphenAfter(int index) {
        return hyphens.get(index);
    }

    /** The words joined by single spaces: what {@link Phrases} match on. */
    String joined() {
        return joined;
    }

    /** Where word {@code index} starts in {@link #joined()}. */
    int offsetOf(int index) {
        return starts[index];
    }

    /** The word that starts at {@code offset} of {@link #joined()}, or the one that {@code offset} falls in. */
    int wordAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
