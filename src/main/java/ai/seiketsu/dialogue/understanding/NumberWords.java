package ai.seiketsu.dialogue.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as people say and type them: "two hundred and fifty thousand", "twenty two hundred", "a hundred",
 * "half a million", "a million and a half", "one point two million", "1.2 million", "500k", "1,200,000", and the
 * way prices are said in pairs: "four fifty" is 450, "twenty two fifty" 2,250, "nineteen ninety nine" 1,999, "nine
 * oh five" 905. Whether 450 then means $450,000 is the caller's context, decided by the reader of amounts, not here.
 *
 * <p>A run of single digits ("five one two") is not one number but several (phone numbers and postal codes are read
 * digit by digit elsewhere), so reading stops after "five".
 */
public final class NumberWords {

    static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9);
    static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty",
            60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Long> LARGE = Map.of("thousand", 1_000L, "k", 1_000L, "grand", 1_000L,
            "million", 1_000_000L, "mil", 1_000_000L, "mill", 1_000_000L, "m", 1_000_000L, "billion",
            1_000_000_000L);
    private static final Map<String, BigDecimal> FRACTIONS = Map.of("half", new BigDecimal("0.5"), "quarter",
            new BigDecimal("0.25"));

    private NumberWords() {
    }

    /**
     * The whole of {@code text} read as one whole number ("twenty two hundred" → 2200, "four fifty" → 450,
     * "1.2 million" → 1200000, "a hundred" → 100, "1,250" → 1250); empty when it is not one, or not whole
     * ("two and a half").
     */
    public static OptionalLong parse(String text) {
        Utterance utterance = Utterance.of(text);
        Reading reading = read(utterance.words(), 0, utterance.size());
        if (reading == null || reading.end() != utterance.size() || reading.value().stripTrailingZeros().scale() > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(reading.value().longValueExact());
    }

    /**
     * The number that starts at word {@code from} of {@code utterance}, or null. It ends before a word another
     * reader took and at the end of a clause ("four hundred, five hundred" is two numbers).
     */
    static @Nullable Reading read(Utterance utterance, Claims claims, int from) {
        int limit = Math.min(claims.freeUntil(from, utterance.size()), utterance.clauseEnd(from));
        return from < limit ? read(utterance.words(), from, limit) : null;
    }

    /**
     * The number that starts at {@code words[from]} and ends before {@code limit} at the latest, or null.
     */
    static @Nullable Reading read(List<String> words, int from, int limit) {
        return new Reader(words, from, limit).read();
    }

    /** Whether {@code word} is a number said as a word (one to ninety) or written with digits. */
    static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word) || isDigits(word);
    }

    static boolean isDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number read from words {@code [start, end)}. {@code scales} are the multipliers its last scale words make,
     * largest first ("five hundred thousand" → 100,000 and 1,000; "400k" → 1,000; "four fifty" → none), which lets
     * the lower end of a range borrow the scale of the upper one ("between four and five hundred thousand").
     */
    record Reading(BigDecimal value, int start, int end, List<Long> scales) {

        boolean whole() {
            return value.stripTrailingZeros().scale() <= 0;
        }
    }

    /** The kinds of word the reader has just read; they decide what may follow. */
    private enum Last {
        NOTHING, ARTICLE, UNIT, TEEN, TENS, HUNDRED, LARGE, DIGITS, FRACTION
    }

    /** One reading, left to right, of "[a] number-words [hundred] [large] ... [and a half | point digits] [large]". */
    private static final class Reader {

        private final List<String> words;
        private final int from;
        private final int limit;
        private int i;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal group = BigDecimal.ZERO;
        private Last last = Last.NOTHING;
        private boolean hundred;
        private boolean paired;
        private boolean tensOpen;
        private long largest = Long.MAX_VALUE;
        private final List<Long> trailing = new ArrayList<>();
        private int end;

        Reader(List<String> words, int from, int limit) {
            this.words = words;
            this.from = from;
            this.limit = Math.min(limit, words.size());
            this.i = from;
            this.end = from;
        }

        @Nullable Reading read() {
            while (i < limit && step(words.get(i))) {
                if (last != Last.ARTICLE) {
                    end = i;
                }
            }
            return end == from ? null : new Reading(total.add(group), from, end, scales());
        }

        /** Reads the word at {@code i} and moves on, or answers false where the number ends. */
        private boolean step(String word) {
            if (isDigits(word) || isDecimal(word)) {
                return digits(word);
            }
            Integer small = smallValue(word);
            if (small != null) {
                return small(word, small);
            }
            return switch (word) {
                case "a", "an" -> article();
                case "zero" -> zero();
                case "oh" -> oh();
                case "hundred" -> hundred();
                case "half", "quarter" -> fraction(FRACTIONS.get(word));
                case "and" -> and();
                case "point" -> point();
                default -> LARGE.containsKey(word) && large(LARGE.get(word));
            };
        }

        private boolean digits(String word) {
            if (last != Last.NOTHING) {
                return false;
            }
            group = new BigDecimal(word);
            last = group.scale() > 0 ? Last.FRACTION : Last.DIGITS;
            return advance(1);
        }

        private boolean small(String word, int value) {
            boolean unit = UNITS.containsKey(word);
            boolean tens = TENS.containsKey(word);
            boolean pairable = !hundred && !paired && group.compareTo(BigDecimal.valueOf(100)) < 0;
            if (last == Last.HUNDRED && startsHundreds(i)) {
                return false; // "four hundred five hundred": two numbers
            }
            if (last == Last.NOTHING || last == Last.LARGE || last == Last.HUNDRED) {
                group = group.add(BigDecimal.valueOf(value));
                tensOpen = tens;
            } else if (unit && tensOpen) {
                group = group.add(BigDecimal.valueOf(value));
                tensOpen = false;
            } else if (!unit && pairable && (last == Last.UNIT || last == Last.TEEN || last == Last.TENS)) {
                group = group.multiply(BigDecimal.valueOf(100)).add(BigDecimal.valueOf(value));
                paired = true;
                tensOpen = tens;
            } else {
                return false;
            }
            last = unit ? Last.UNIT : tens ? Last.TENS : Last.TEEN;
            trailing.clear();
            return advance(1);
        }

        private boolean article() {
            String next = at(i + 1);
            if (last != Last.NOTHING || !(next.equals("hundred") || next.equals("thousand") || next.equals("million")
                    || next.equals("billion") || FRACTIONS.containsKey(next))) {
                return false;
            }
            last = Last.ARTICLE;
            return advance(1);
        }

        private boolean zero() {
            if (last != Last.NOTHING) {
                return false;
            }
            last = Last.UNIT;
            return advance(1);
        }

        /** "nine oh five": a pair whose second half is a single digit. */
        private boolean oh() {
            Integer unit = UNITS.get(at(i + 1));
            boolean pairable = !hundred && !paired && (last == Last.UNIT || last == Last.TEEN || last == Last.TENS);
            if (unit == null || !pairable) {
                return false;
            }
            group = group.multiply(BigDecimal.valueOf(100)).add(BigDecimal.valueOf(unit));
            paired = true;
            tensOpen = false;
            last = Last.UNIT;
            return advance(2);
        }

        private boolean hundred() {
            if (last == Last.ARTICLE) {
                group = BigDecimal.ONE;
            } else if (hundred || paired || !(last == Last.UNIT || last == Last.TEEN || last == Last.TENS
                    || last == Last.DIGITS && group.compareTo(BigDecimal.valueOf(100)) < 0)) {
                return false;
            }
            if (group.signum() == 0) {
                return false;
            }
            group = group.multiply(BigDecimal.valueOf(100));
            hundred = true;
            tensOpen = false;
            last = Last.HUNDRED;
            trailing.add(100L);
            return advance(1);
        }

        private boolean large(long scale) {
            if (last == Last.ARTICLE) {
                group = BigDecimal.ONE;
            }
            if (last == Last.NOTHING || last == Last.LARGE || group.signum() == 0 || scale >= largest) {
                return false;
            }
            total = total.add(group.multiply(BigDecimal.valueOf(scale)));
            group = BigDecimal.ZERO;
            largest = scale;
            hundred = false;
            paired = false;
            tensOpen = false;
            last = Last.LARGE;
            trailing.add(scale);
            return advance(1);
        }

        /** "half a million", "a quarter million", "half of a million". */
        private boolean fraction(BigDecimal fraction) {
            if (last != Last.NOTHING && last != Last.ARTICLE) {
                return false;
            }
            int next = i + 1;
            next += at(next).equals("of") ? 1 : 0;
            next += at(next).equals("a") || at(next).equals("an") ? 1 : 0;
            Long scale = LARGE.get(at(next));
            if (scale == null) {
                return false;
            }
            group = fraction;
            last = Last.FRACTION;
            i = next;
            return large(scale);
        }

        /**
         * "hundred and fifty", "two and a half", "a million and a half". Not the "and" of a range: "four hundred and
         * five hundred" and "two hundred and three sixty" are two numbers each.
         */
        private boolean and() {
            if (at(i + 1).equals("a") && at(i + 2).equals("half") && i + 2 < limit) {
                return andAHalf();
            }
            boolean continues = last == Last.HUNDRED && smallValue(at(i + 1)) != null && !startsHundreds(i + 1)
                    && !startsPair(i + 1);
            return continues && advance(1);
        }

        /** Whether the words at {@code index} start a pair ("three sixty"), which cannot end a number. */
        private boolean startsPair(int index) {
            boolean head = UNITS.containsKey(at(index)) || TEENS.containsKey(at(index));
            return head && (TENS.containsKey(at(index + 1)) || TEENS.containsKey(at(index + 1))
                    || at(index + 1).equals("oh"));
        }

        /** Whether the small number at {@code index} ("five", "twenty two") is followed by "hundred". */
        private boolean startsHundreds(int index) {
            int after = index + 1;
            if (TENS.containsKey(at(index)) && UNITS.containsKey(at(after))) {
                after++;
            }
            return at(after).equals("hundred");
        }

        private boolean andAHalf() {
            if (last == Last.LARGE) {
                total = total.add(BigDecimal.valueOf(largest).divide(BigDecimal.TWO));
                advance(3);
                end = i;
                return false;
            }
            if (last == Last.UNIT || last == Last.TEEN || last == Last.TENS || last == Last.DIGITS) {
                group = group.add(new BigDecimal("0.5"));
                last = Last.FRACTION;
                trailing.clear();
                return advance(3);
            }
            return false;
        }

        /** "one point two five (million)": the digits after the point are read one by one. */
        private boolean point() {
            if (!(last == Last.UNIT || last == Last.TEEN || last == Last.TENS || last == Last.DIGITS)
                    || paired || hundred) {
                return false;
            }
            StringBuilder decimals = new StringBuilder();
            int next = i + 1;
            while (next < limit && (UNITS.containsKey(at(next)) || at(next).equals("zero") || at(next).equals("oh"))) {
                decimals.append(UNITS.getOrDefault(at(next), 0));
                next++;
            }
            if (decimals.isEmpty()) {
                return false;
            }
            group = group.add(new BigDecimal("0." + decimals));
            last = Last.FRACTION;
            trailing.clear();
            i = next;
            return true;
        }

        private boolean advance(int count) {
            i += count;
            return true;
        }

        private String at(int index) {
            return index < limit ? words.get(index) : "";
        }

        private static @Nullable Integer smallValue(String word) {
            Integer value = UNITS.get(word);
            if (value == null) {
                value = TEENS.get(word);
            }
            return value == null ? TENS.get(word) : value;
        }

        private static boolean isDecimal(String word) {
            int point = word.indexOf('.');
            return point > 0 && point < word.length() - 1 && isDigits(word.substring(0, point))
                    && isDigits(word.substring(point + 1));
        }

        private List<Long> scales() {
            List<Long> products = new ArrayList<>();
            long product = 1;
            for (int k = trailing.size() - 1; k >= 0; k--) {
                product *= trailing.get(k);
                products.addFirst(product);
            }
            return products;
        }
    }
}
