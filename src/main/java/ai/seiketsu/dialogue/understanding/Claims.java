package ai.seiketsu.dialogue.understanding;

import java.util.BitSet;

import org.jspecify.annotations.Nullable;

/** The words of one utterance that a parser has already read a fact from; later parsers read around them. */
final class Claims {

    private final BitSet taken = new BitSet();

    boolean isFree(int word) {
        return !taken.get(word);
    }

    boolean isFree(int from, int to) {
        int next = taken.nextSetBit(from);
        return next < 0 || next >= to;
    }

    /** The first taken word at or after {@code from}, or {@code size} when there is none: where a reading must stop. */
    int freeUntil(int from, int size) {
        int next = taken.nextSetBit(from);
        return next < 0 ? size : Math.min(next, size);
    }

    /** Takes the words of {@code found} (when there is one) and returns it, so a call can wrap a parser's answer. */
    <T> @Nullable Found<T> take(@Nullable Found<T> found) {
        if (found != null) {
            taken.set(found.start(), found.end());
        }
        return found;
    }
}
