package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The test side's way of saying values as callers do, written independently of the parsers: numbers in words,
 * digit by digit with "oh", "double" and "triple", in pairs, in "k" and "million", times of day and dates.
 */
final class SpokenForms {

    private static final String[] ONES = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen" };
    private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety" };
    private static final String[] ORDINALS = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth" };

    private final Random random;

    SpokenForms(Random random) {
        this.random = random;
    }

    /** 0 to 999,999,999 in words; "and" after a hundred now and then ("four hundred and fifty thousand"). */
    String words(long n) {
        if (n == 0) {
            return "zero";
        }
        List<String> parts = new ArrayList<>();
        long millions = n / 1_000_000;
        long thousands = n / 1_000 % 1_000;
        long rest = n % 1_000;
        if (millions > 0) {
            parts.add(group((int) millions) + " million");
        }
        if (thousands > 0) {
            parts.add(group((int) thousands) + " thousand");
        }
        if (rest > 0) {
            parts.add(group((int) rest));
        }
        return String.join(" ", parts);
    }

    /** 1 to 999 in words. */
    String group(int n) {
        String hundreds = n >= 100 ? ONES[n / 100] + " hundred" : "";
        int below = n % 100;
        if (below == 0) {
            return hundreds;
        }
        String joiner = hundreds.isEmpty() ? "" : random.nextBoolean() ? " and " : " ";
        return hundreds + joiner + belowHundred(below);
    }

    String belowHundred(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }

    /** 100 to 9,999 said as prices are, in pairs: 450 "four fifty", 2250 "twenty two fifty", 1205 "twelve oh five". */
    String pair(int n) {
        int head = n / 100;
        int tail = n % 100;
        if (tail == 0) {
            return belowHundred(head) + " hundred";
        }
        return belowHundred(head) + " " + (tail < 10 ? "oh " + ONES[tail] : belowHundred(tail));
    }

    /** Digits written with thousands separators: 1,250,000. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A digit said alone: "oh" or "zero" for 0. */
    String digit(char c, boolean oh) {
        return c == '0' ? (oh ? "oh" : "zero") : ONES[c - '0'];
    }

    /** Digits one by one ("five one two"), repeats as "double" and "triple" when {@code repeats}. */
    String digits(String digits, boolean oh, boolean repeats) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < digits.length()) {
            char c = digits.charAt(i);
            int run = 1;
            while (repeats && i + run < digits.length() && digits.charAt(i + run) == c && run < 3) {
                run++;
            }
            if (run == 3) {
                words.add("triple " + digit(c, oh));
            } else if (run == 2) {
                words.add("double " + digit(c, oh));
            } else {
                words.add(digit(c, oh));
            }
            i += run;
        }
        return String.join(" ", words);
    }

    /** Two digits as one number where that is how they are said: "42" forty two, "07" oh seven, "10" ten. */
    String twoDigits(String pair) {
        if (pair.charAt(0) == '0') {
            return "oh " + digit(pair.charAt(1), true);
        }
        return belowHundred(Integer.parseInt(pair));
    }

    /** A day of the month as an ordinal word: 14 fourteenth, 21 twenty first, 30 thirtieth. */
    static String ordinal(int day) {
        if (day <= 20) {
            return ORDINALS[day];
        }
        if (day == 30) {
            return "thirtieth";
        }
        return (day < 30 ? "twenty " : "thirty ") + ORDINALS[day % 10];
    }

    /** A day of the month with its written suffix: 1st, 2nd, 3rd, 11th, 22nd. */
    static String suffixed(int day) {
        String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
