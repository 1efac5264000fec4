package ai.seiketsu.dialogue.understanding;

/**
 * What a parser found and where: the words {@code [start, end)} of the utterance it was read from. The span lets
 * {@link Understanding} keep one word from being read twice (the "two" of "Saturday at two" is not two bedrooms).
 */
record Found<T>(T value, int start, int end) {

    Found {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
    }
}
