package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits a recognised or typed text into the words of an {@link Utterance} (rules on {@link Utterance}). */
final class Tokenizer {

    /** US numbers as typed: (512) 555-0142, 512-555-0142, 512.555.0142, +1 512 555 0142. */
    private static final Pattern TYPED_PHONE = Pattern
            .compile("(?<![\\w.+])(?:\\+?1[ .-]?)?\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}(?!\\w|\\.\\d)");
    private static final Pattern TYPED_EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)(?<![a-z])([ap])\\.\\s?m\\.?(?!\\w)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"'(\\[<]+|[\"')\\]>.,;:!?]+$");

    private static final Set<String> HESITATIONS = Set.of("um", "umm", "uh", "uhm", "er", "erm", "hmm", "ah");
    private static final Map<String, String> APOSTROPHES = Map.ofEntries(Map.entry("im", "i'm"),
            Map.entry("dont", "don't"), Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"),
            Map.entry("cant", "can't"), Map.entry("wont", "won't"), Map.entry("isnt", "isn't"),
            Map.entry("arent", "aren't"), Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"),
            Map.entry("ive", "i've"), Map.entry("thats", "that's"), Map.entry("whats", "what's"),
            Map.entry("its", "it's"), Map.entry("lets", "let's"), Map.entry("theres", "there's"),
            Map.entry("youre", "you're"), Map.entry("oclock", "o'clock"));

    private final List<String> originals = new ArrayList<>();
    private final BitSet breaks = new BitSet();
    private final BitSet hyphens = new BitSet();

    private Tokenizer() {
    }

    static Utterance tokenize(String text) {
        String prepared = text.indexOf('.') >= 0 ? MERIDIEM.matcher(text).replaceAll("$1m") : text;
        if (prepared.chars().anyMatch(Character::isDigit)) {
            prepared = TYPED_PHONE.matcher(prepared).replaceAll(phone -> phone.group().replaceAll("\\D", ""));
        }
        Tokenizer tokenizer = new Tokenizer();
        for (String chunk : prepared.strip().split("\\s+")) {
            if (!chunk.isEmpty()) {
                tokenizer.chunk(chunk);
            }
        }
        return tokenizer.finish(text);
    }

    private void chunk(String chunk) {
        String core = chunk.indexOf('@') > 0 ? EDGE_PUNCTUATION.matcher(chunk).replaceAll("") : "";
        if (!core.isEmpty() && TYPED_EMAIL.matcher(core).matches()) {
            add(core);
            if (chunk.length() > core.length() && ".,;:!?".indexOf(chunk.charAt(chunk.length() - 1)) >= 0) {
                markBreak();
            }
            return;
        }
        if (chunk.equals("-") || chunk.equals("–") || chunk.equals("—")) {
            if (lastIsNumber()) {
                add("to");
            }
            return;
        }
        int i = 0;
        while (i < chunk.length()) {
            i = token(chunk, i);
        }
    }

    /** Reads the token that starts at {@code i} and returns where the next one may start. */
    private int token(String chunk, int i) {
        char c = chunk.charAt(i);
        if (Character.isLetter(c)) {
            int end = i + 1;
            while (end < chunk.length() && (Character.isLetter(chunk.charAt(end)) || innerApostrophe(chunk, end))) {
                end++;
            }
            add(chunk.substring(i, end));
            return end;
        }
        if (Character.isDigit(c)) {
            int end = numberEnd(chunk, i);
            originals.add(chunk.substring(i, end));
            return end;
        }
        punctuation(chunk, i);
        return i + 1;
    }

    private void punctuation(String chunk, int i) {
        char c = chunk.charAt(i);
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(chunk.charAt(i - 1));
        boolean letterAfter = i + 1 < chunk.length() && Character.isLetter(chunk.charAt(i + 1));
        boolean digitAfter = i + 1 < chunk.length()
                && (Character.isDigit(chunk.charAt(i + 1)) || chunk.charAt(i + 1) == '$');
        switch (c) {
            case '$' -> add("$");
            case '+' -> add("plus");
            case '&' -> add("and");
            case '_' -> {
                if (letterBefore && i + 1 < chunk.length() && Character.isLetterOrDigit(chunk.charAt(i + 1))) {
                    add("underscore");
                }
            }
            case '@' -> add("at");
            case '%' -> add("percent");
            case '-', '–' -> {
                if (digitAfter && lastIsNumber()) {
                    add("to");
                } else if (letterBefore && letterAfter) {
                    hyphens.set(originals.size() - 1);
                }
            }
            case '.' -> {
                if (letterBefore && letterAfter) {
                    add("dot");
                } else {
                    markBreak();
                }
            }
            case ',', ';', '!', '?', ':', '—' -> markBreak();
            default -> {
                // quotes, brackets, slashes and the like separate words and mean nothing themselves
            }
        }
    }

    /**
     * The end of a number written with digits: thousands separators, one decimal point, a clock time's colon and a
     * date's slash belong to it ({@code 1,200,000}, {@code 1.25}, {@code 10:30}, {@code 6/14}).
     */
    private static int numberEnd(String chunk, int start) {
        int i = start;
        boolean point = false;
        while (i < chunk.length()) {
            char c = chunk.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if (c == ',' && digits(chunk, i + 1) == 3) {
                i++;
            } else if ((c == '.' && !point || c == ':' || c == '/') && digits(chunk, i + 1) > 0) {
                point |= c == '.';
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int digits(String chunk, int from) {
        int end = from;
        while (end < chunk.length() && Character.isDigit(chunk.charAt(end))) {
            end++;
        }
        return end - from;
    }

    private static boolean innerApostrophe(String chunk, int i) {
        char c = chunk.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < chunk.length() && Character.isLetter(chunk.charAt(i + 1));
    }

    private void add(String original) {
        originals.add(original);
    }

    private void markBreak() {
        if (!originals.isEmpty()) {
            breaks.set(originals.size() - 1);
        }
    }

    private boolean lastIsNumber() {
        if (originals.isEmpty()) {
            return false;
        }
        String last = originals.getLast().toLowerCase(Locale.ROOT);
        return Character.isDigit(last.charAt(0)) || last.equals("k") || last.equals("m");
    }

    /** Lower-cases, restores apostrophes, drops hesitations and reads "uh huh" as yes. */
    private Utterance finish(String text) {
        List<String> words = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        BitSet keptBreaks = new BitSet();
        BitSet keptHyphens = new BitSet();
        for (int i = 0; i < originals.size(); i++) {
            String word = originals.get(i).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (Character.isDigit(word.charAt(0))) {
                word = word.replace(",", "");
            }
            String next = i + 1 < originals.size() ? originals.get(i + 1).toLowerCase(Locale.ROOT) : "";
            if (word.equals("mhm")) {
                word = "yes";
            } else if ((word.equals("uh") || word.equals("mm")) && (next.equals("huh") || next.equals("hmm"))) {
                word = "yes";
                i++;
            } else if (HESITATIONS.contains(word)) {
                if (breaks.get(i) && !kept.isEmpty()) {
                    keptBreaks.set(kept.size() - 1);
                }
                continue;
            }
            words.add(APOSTROPHES.getOrDefault(word, word));
            kept.add(originals.get(i));
            keptBreaks.set(kept.size() - 1, breaks.get(i));
            keptHyphens.set(kept.size() - 1, hyphens.get(i));
        }
        return new Utterance(text, words, kept, keptBreaks, keptHyphens);
    }
}
