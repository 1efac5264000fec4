package ai.seiketsu.dialogue.understanding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Digits read out one group at a time, as phone numbers, postal codes and the numbers in e-mail addresses are:
 * "five one two", "oh" or "zero" for 0, "double five", "triple two", "fifty five", "forty two", "eight hundred",
 * "fifteen hundred", and digits written as digits ("512"). Unlike {@link NumberWords}, "five one two" is 512 and
 * "fifty five fifty five" is 5555: the digits are strung together, not added up.
 */
final class DigitWords {

    /** Words said between groups of digits: "five one two, dash, five five five", "then". */
    private static final Set<String> SEPARATORS = Set.of("dash", "hyphen", "then");

    private DigitWords() {
    }

    /** The run of digits that starts at word {@code from} and ends before {@code limit}, or null if none does. */
    static @Nullable Run read(List<String> words, int from, int limit) {
        StringBuilder digits = new StringBuilder();
        int[] ends = new int[limit - from + 1];
        int[] counts = new int[limit - from + 1];
        int steps = 0;
        int i = from;
        while (i < limit) {
            int next = step(words, i, limit, digits);
            if (next == i) {
                break;
            }
            i = next;
            ends[steps] = i;
            counts[steps] = digits.length();
            steps++;
        }
        if (digits.isEmpty()) {
            return null;
        }
        int last = steps - 1;
        while (last > 0 && counts[last] == counts[last - 1]) {
            last--; // a trailing separator read no digit
        }
        return new Run(digits.toString(), from, Arrays.copyOf(ends, last + 1), Arrays.copyOf(counts, last + 1));
    }

    /** Whether {@code word} can start a run of digits. */
    static boolean startsRun(String word) {
        return digit(word) != null || NumberWords.isNumberWord(word) || word.equals("double") || word.equals("triple");
    }

    /** Appends the digits of the group at word {@code i} and returns the index after it ({@code i} if none). */
    private static int step(List<String> words, int i, int limit, StringBuilder digits) {
        String word = words.get(i);
        String next = i + 1 < limit ? words.get(i + 1) : "";
        if (NumberWords.isDigits(word)) {
            digits.append(word);
            return i + 1;
        }
        String single = digit(word);
        if (single == null) {
            single = NumberWords.TEENS.containsKey(word) ? String.valueOf(NumberWords.TEENS.get(word)) : null;
        }
        if (single != null) {
            return scaled(single, next, i, digits);
        }
        if (NumberWords.TENS.containsKey(word)) {
            String unit = NumberWords.UNITS.containsKey(next) ? String.valueOf(NumberWords.UNITS.get(next)) : null;
            digits.append(unit == null ? NumberWords.TENS.get(word) : NumberWords.TENS.get(word) / 10 + unit);
            return i + (unit == null ? 1 : 2);
        }
        int repeat = word.equals("double") ? 2 : word.equals("triple") ? 3 : 0;
        String repeated = digit(next);
        if (repeat > 0 && repeated != null) {
            digits.append(repeated.repeat(repeat));
            return i + 2;
        }
        boolean separator = SEPARATORS.contains(word) && !digits.isEmpty() && startsRun(next);
        return separator ? i + 1 : i;
    }

    /** "eight hundred" is 800 and "fifteen hundred" 1500 when digits are read out. */
    private static int scaled(String digit, String next, int i, StringBuilder digits) {
        digits.append(digit);
        if (next.equals("hundred")) {
            digits.append("00");
            return i + 2;
        }
        if (next.equals("thousand")) {
            digits.append("000");
            return i + 2;
        }
        return i + 1;
    }

    private static @Nullable String digit(String word) {
        return switch (word) {
            case "zero", "oh", "o" -> "0";
            default -> {
                Integer unit = NumberWords.UNITS.get(word);
                yield unit == null ? (word.length() == 1 && Character.isDigit(word.charAt(0)) ? word : null)
                        : String.valueOf(unit);
            }
        };
    }

    /**
     * Digits read from words {@code [start, end())}. {@link #endAfter} tells at which word a given number of digits
     * had been read, so that a reader can take the first five digits as a postal code, or drop what follows a
     * complete phone number.
     */
    static final class Run {

        private final String digits;
        private final int start;
        private final int[] ends;
        private final int[] counts;

        private Run(String digits, int start, int[] ends, int[] counts) {
            this.digits = digits;
            this.start = start;
            this.ends = ends;
            this.counts = counts;
        }

        String digits() {
            return digits;
        }

        int start() {
            return start;
        }

        int end() {
            return ends[ends.length - 1];
        }

        /** The word after which exactly {@code count} digits had been read, or -1 if no group ended there. */
        int endAfter(int count) {
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] == count) {
                    return ends[k];
                }
            }
            return -1;
        }
    }
}
