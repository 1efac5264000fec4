package ai.seiketsu.dialogue.guard;

/** The guard's answer for one text: nothing to do, or the concern found and what to say instead. */
public sealed interface Screening {

    /** No concern: the text goes on unchanged. */
    record Clear() implements Screening {
    }

    /**
     * A concern: {@code reply} is what the agent says instead. For a caller's question it is a neutral answer that
     * points to objective data; for the agent's own reply it is that reply with the offending sentences replaced by
     * one neutral sentence.
     */
    record Neutralised(Concern concern, String reply) implements Screening {
    }
}
