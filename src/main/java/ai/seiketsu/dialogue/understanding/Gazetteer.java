package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The places one tenant's listings know, and how to find them in what a caller says: case does not matter, a name
 * of several words is found as a whole ("round rock"; also run together, "roundrock", as recognisers sometimes
 * write it), the longest name wins ("South Congress" over "Congress"), a possessive counts ("Austin's"), and a
 * numeric postal code is found however it is read out ("seven eight seven oh one", "seventy eight seven oh one",
 * "78701").
 *
 * <p>Built once from the tenant's listings and reused for every utterance (it is immutable and thread-safe). Only
 * what is in it is found: the understanding of places is the tenant's data, never a guess. A place that is also an
 * everyday word (a neighbourhood called "Downtown" or "Central") is found wherever the word is said.
 */
public final class Gazetteer {

    /** No places: nothing is found. */
    public static final Gazetteer EMPTY = of(List.of());

    private final Map<String, List<Entry>> byFirstWord;
    private final Map<String, Place> postalCodes;

    private Gazetteer(Map<String, List<Entry>> byFirstWord, Map<String, Place> postalCodes) {
        this.byFirstWord = byFirstWord;
        this.postalCodes = postalCodes;
    }

    public static Gazetteer of(Collection<Place> places) {
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        Map<String, Place> postalCodes = new HashMap<>();
        for (Place place : places) {
            String digits = place.name().replace(" ", "");
            if (place.kind() == Place.Kind.POSTAL_CODE && NumberWords.isDigits(digits)) {
                postalCodes.put(digits, place);
                continue;
            }
            List<String> words = Utterance.of(place.name()).words();
            if (words.isEmpty()) {
                continue;
            }
            add(byFirstWord, new Entry(words, place));
            if (words.size() > 1) {
                add(byFirstWord, new Entry(List.of(String.join("", words)), place));
            }
        }
        byFirstWord.values().forEach(entries -> entries.sort(Comparator.comparingInt(e -> -e.words().size())));
        return new Gazetteer(Map.copyOf(byFirstWord), Map.copyOf(postalCodes));
    }

    private static void add(Map<String, List<Entry>> byFirstWord, Entry entry) {
        byFirstWord.computeIfAbsent(entry.words().getFirst(), first -> new ArrayList<>()).add(entry);
    }

    /** Every place mentioned, each once, in the order first mentioned. */
    List<Found<Place>> find(Utterance utterance, Claims claims) {
        List<Found<Place>> found = new ArrayList<>();
        Set<Place> seen = new HashSet<>();
        for (int i = 0; i < utterance.size(); i++) {
            if (!claims.isFree(i)) {
                continue;
            }
            Found<Place> place = named(utterance, claims, i);
            if (place == null) {
                place = postalCode(utterance, claims, i);
            }
            if (place != null) {
                if (seen.add(place.value())) {
                    found.add(place);
                }
                i = place.end() - 1;
            }
        }
        return found;
    }

    private @Nullable Found<Place> named(Utterance utterance, Claims claims, int start) {
        String first = utterance.word(start);
        List<Entry> entries = byFirstWord.get(first.endsWith("'s") ? first.substring(0, first.length() - 2) : first);
        if (entries == null) {
            return null;
        }
        for (Entry entry : entries) {
            int end = start + entry.words().size();
            if (end <= utterance.size() && claims.isFree(start, end) && entry.matches(utterance, start)) {
                return new Found<>(entry.place(), start, end);
            }
        }
        return null;
    }

    private @Nullable Found<Place> postalCode(Utterance utterance, Claims claims, int start) {
        if (postalCodes.isEmpty() || !DigitWords.startsRun(utterance.word(start))) {
            return null;
        }
        DigitWords.Run run = DigitWords.read(utterance.words(), start, claims.freeUntil(start, utterance.size()));
        if (run == null) {
            return null;
        }
        for (int length = run.digits().length(); length > 0; length--) {
            Place place = postalCodes.get(run.digits().substring(0, length));
            int end = run.endAfter(length);
            if (place != null && end > start) {
                return new Found<>(place, start, end);
            }
        }
        return null;
    }

    /** A place's name as words; the last may carry a possessive "'s". */
    private record Entry(List<String> words, Place place) {

        boolean matches(Utterance utterance, int start) {
            for (int k = 0; k < words.size(); k++) {
                String said = utterance.word(start + k);
                String name = words.get(k);
                boolean possessive = k == words.size() - 1 && said.equals(name + "'s");
                if (!said.equals(name) && !possessive) {
                    return false;
                }
            }
            return true;
        }
    }
}
