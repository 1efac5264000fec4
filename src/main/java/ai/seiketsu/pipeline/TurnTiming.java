package ai.seiketsu.pipeline;

/**
 * The moments of one answered caller turn, as {@link System#nanoTime()} readings (0 when not reached). Frames
 * carry it downstream and each stage stamps its moment, so no stage needs shared state to report timings.
 * Definitions (product.md): {@code endpoint} = last voiced caller audio → end-of-turn decision; {@code stt} =
 * last voiced → final transcript; {@code think} = decision → first reply sentence; {@code ttsFirstAudio} = first
 * sentence → its first audio; {@code response} = last voiced → first agent audio sent.
 */
public record TurnTiming(long lastVoicedNanos, long endOfTurnNanos, long finalTranscriptNanos,
        long firstSentenceNanos, long firstAudioReadyNanos, long firstAudioSentNanos) {

    /** For a reply that answers no caller turn (the greeting). */
    public static final TurnTiming NONE = new TurnTiming(0, 0, 0, 0, 0, 0);

    public static TurnTiming ofCallerTurn(long lastVoicedNanos, long endOfTurnNanos, long finalTranscriptNanos) {
        return new TurnTiming(lastVoicedNanos, endOfTurnNanos, finalTranscriptNanos, 0, 0, 0);
    }

    public TurnTiming withFirstSentence(long nanos) {
        return firstSentenceNanos != 0 ? this
                : new TurnTiming(lastVoicedNanos, endOfTurnNanos, finalTranscriptNanos, nanos, 0, 0);
    }

    public TurnTiming withFirstAudioReady(long nanos) {
        return firstAudioReadyNanos != 0 ? this
                : new TurnTiming(lastVoicedNanos, endOfTurnNanos, finalTranscriptNanos, firstSentenceNanos, nanos, 0);
    }

    public TurnTiming withFirstAudioSent(long nanos) {
        return firstAudioSentNanos != 0 ? this
                : new TurnTiming(lastVoicedNanos, endOfTurnNanos, finalTranscriptNanos, firstSentenceNanos,
                        firstAudioReadyNanos, nanos);
    }

    /** Whether this reply answers a caller turn (the greeting does not). */
    public boolean answersCaller() {
        return lastVoicedNanos != 0;
    }

    public long endpointMillis() {
        return millis(lastVoicedNanos, endOfTurnNanos);
    }

    public long sttMillis() {
        return millis(lastVoicedNanos, finalTranscriptNanos);
    }

    public long thinkMillis() {
        return millis(endOfTurnNanos, firstSentenceNanos);
    }

    public long ttsFirstAudioMillis() {
        return millis(firstSentenceNanos, firstAudioReadyNanos);
    }

    public long responseMillis() {
        return millis(lastVoicedNanos, firstAudioSentNanos);
    }

    private static long millis(long from, long to) {
        return from == 0 || to == 0 ? 0 : Math.max(0, (to - from) / 1_000_000);
    }
}
