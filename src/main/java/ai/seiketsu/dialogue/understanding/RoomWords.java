package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Bedrooms and bathrooms wanted: "three bed two bath", "3bd/2ba", "3 br", "at least four bedrooms", "four plus
 * bedrooms", "three or four bedrooms" (3, the least), "a studio" (no bedroom), "bedrooms: 3", or a bare "three" when
 * the agent asked how many.
 *
 * <p>Counts are whole numbers, as the lead's {@code bedroomsMin} and {@code bathroomsMin} are: "two and a half
 * baths" and "2.5 ba" give at least 2 bathrooms (the half bath is rounded down, since a minimum of 2 is what a
 * listing with 2½ baths meets); a lone half bath ("one half bath") is not a bathroom count.
 */
final class RoomWords {

    /** Bedrooms or bathrooms. */
    enum Room {
        BEDROOM, BATHROOM
    }

    /** How many of a room, and where it was said. */
    record Count(Room room, int count) {
    }

    private static final Set<String> BEDROOMS = Set.of("bed", "beds", "bedroom", "bedrooms", "br", "brs", "bd",
            "bds", "bdr", "bdrs", "bdrm", "bdrms", "bedroom's", "beds'");
    private static final Set<String> BATHROOMS = Set.of("bath", "baths", "bathroom", "bathrooms", "ba", "bth",
            "bths", "bathrm", "bathrms", "bathroom's");
    private static final Set<String> BETWEEN = Set.of("plus", "full", "total", "big", "large", "small", "more",
            "separate", "good", "sized");
    private static final int MOST = 20;

    private RoomWords() {
    }

    /** Every count said, in order; the first of each room is the one to keep. */
    static List<Found<Count>> find(Utterance utterance, Claims claims, Context context) {
        List<Found<Count>> counts = new ArrayList<>();
        for (int i = 0; i < utterance.size(); i++) {
            if (!claims.isFree(i)) {
                continue;
            }
            Found<Count> count = utterance.word(i).equals("studio") ? new Found<>(new Count(Room.BEDROOM, 0), i, i + 1)
                    : counted(utterance, claims, i);
            if (count != null) {
                counts.add(count);
                i = count.end() - 1;
            }
        }
        if (counts.isEmpty() && (context.asked() == Slot.BEDROOMS || context.asked() == Slot.BATHROOMS)) {
            Room asked = context.asked() == Slot.BEDROOMS ? Room.BEDROOM : Room.BATHROOM;
            Found<Count> bare = bare(utterance, claims, asked);
            if (bare != null) {
                counts.add(bare);
            }
        }
        return counts;
    }

    /** "three bedrooms", "3 to 4 br", "four plus beds", and the other way round, "bedrooms: 3". */
    private static @Nullable Found<Count> counted(Utterance utterance, Claims claims, int start) {
        NumberWords.Reading reading = reading(utterance, claims, start);
        if (reading == null) {
            Room room = room(utterance.word(start));
            NumberWords.Reading after = room == null ? null : reading(utterance, claims, start + 1);
            boolean alone = after != null && room(utterance.word(after.end())) == null;
            return alone ? count(room, after, start, after.end()) : null;
        }
        int i = reading.end();
        String joiner = utterance.word(i);
        if (joiner.equals("or") || joiner.equals("to")) {
            NumberWords.Reading upper = reading(utterance, claims, i + 1);
            if (upper != null) {
                i = upper.end();
            } else if (utterance.word(i + 1).equals("more")) {
                i += 2;
            }
        }
        while (BETWEEN.contains(utterance.word(i))) {
            i++;
        }
        if (utterance.word(i).equals("half")) {
            return null; // "one half bath" is a half bath, not a count
        }
        Room room = room(utterance.word(i));
        return room == null ? null : count(room, reading, start, i + 1);
    }

    private static @Nullable Found<Count> bare(Utterance utterance, Claims claims, Room room) {
        for (int i = 0; i < utterance.size(); i++) {
            NumberWords.Reading reading = claims.isFree(i) ? reading(utterance, claims, i) : null;
            if (reading != null) {
                return count(room, reading, i, reading.end());
            }
        }
        return null;
    }

    private static @Nullable Found<Count> count(Room room, NumberWords.Reading reading, int start, int end) {
        int count = reading.value().intValue();
        return count >= 0 && count <= MOST && reading.value().signum() >= 0
                ? new Found<>(new Count(room, count), start, end)
                : null;
    }

    private static NumberWords.@Nullable Reading reading(Utterance utterance, Claims claims, int start) {
        return start < utterance.size() ? NumberWords.read(utterance, claims, start) : null;
    }

    private static @Nullable Room room(String word) {
        return BEDROOMS.contains(word) ? Room.BEDROOM : BATHROOMS.contains(word) ? Room.BATHROOM : null;
    }
}
