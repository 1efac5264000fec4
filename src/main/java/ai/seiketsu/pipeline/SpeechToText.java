package ai.seiketsu.pipeline;

/**
 * A streaming speech recogniser. One {@link Stream} per call: audio goes in as it arrives, transcripts come out
 * through the {@link Listener} from the engine's own thread, never the call's. Engines that only decode whole
 * utterances (Sphinx4) emit their final when {@link Stream#endUtterance()} is called; streaming engines emit
 * partials as they go.
 */
public interface SpeechToText {

    /** The engine's name as reported in health details and metric tags, e.g. {@code sphinx4}. */
    String engine();

    /** The sample rate the engine wants its PCM16 mono input at. */
    int sampleRate();

    /** Opens a recognition stream for one call. */
    Stream open(Listener listener);

    /** Audio in for one call. Not thread-safe: one writer, the call's pipeline. */
    interface Stream extends AutoCloseable {

        /** Caller audio at {@link SpeechToText#sampleRate()}; the first write after a final starts a new utterance. */
        void write(short[] pcm);

        /** The caller stopped speaking: decode what was written since the last final and emit a final (maybe empty). */
        void endUtterance();

        /** Drops pending work; no more callbacks after it returns. */
        @Override
        void close();
    }

    /** Transcripts out; called from the engine's thread. */
    interface Listener {

        void partial(String text);

        /** The final transcript of one utterance; empty when nothing was recognised. */
        void finalText(String text);

        void failed(Exception error);
    }
}
