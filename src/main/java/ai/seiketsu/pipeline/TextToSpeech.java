package ai.seiketsu.pipeline;

/**
 * A streaming speech synthesiser: text in, PCM16 mono audio chunks out as soon as they are ready. Instances are
 * bound to one voice and its settings (the session asks a factory for one) and are safe to share between calls.
 */
public interface TextToSpeech {

    /** The engine's name as reported in health details and metric tags, e.g. {@code freetts}. */
    String engine();

    /** The sample rate of the chunks handed to the sink. */
    int sampleRate();

    /**
     * Synthesises {@code text}, handing each chunk to {@code sink} on the calling thread as it is produced. Stops
     * early, throwing {@link InterruptedException}, when the calling thread is interrupted (the caller barged in).
     *
     * @return whether the audio came from a cache
     */
    Synthesis synthesize(String text, AudioSink sink) throws InterruptedException;

    /** Receives audio chunks. */
    @FunctionalInterface
    interface AudioSink {
        void accept(short[] pcm) throws InterruptedException;
    }

    /** What a synthesis did besides producing audio. */
    record Synthesis(boolean cacheHit) {
    }
}
