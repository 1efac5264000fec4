package ai.seiketsu.pipeline.audio;

/**
 * Tells, frame by frame, how likely a stream of 16 kHz mono PCM16 is to hold speech. The pipeline needs this to
 * know when the caller starts talking (to interrupt the agent) and when they have stopped (to end their turn);
 * {@link VadAnalyzer} turns the per-frame probabilities into those decisions.
 *
 * <p>Frames are {@value #FRAME_SAMPLES} samples at {@value #SAMPLE_RATE} Hz, 32 ms: the window Silero VAD v5 is
 * trained on at 16 kHz, used by every implementation so that they can stand in for one another. Audio at other rates
 * goes through a {@link Resampler} first.
 *
 * <p>A detector is stateful (it follows one stream: Silero carries a recurrent state from frame to frame, the energy
 * detector a noise floor), so each stream has its own instance, and an instance is <b>not thread-safe</b>: one
 * thread at a time, frames in stream order. Close it when the stream ends.
 */
public interface VoiceActivityDetector extends AutoCloseable {

    /** Sample rate of the frames, in Hz. */
    int SAMPLE_RATE = 16_000;

    /** Samples in one frame: 32 ms at 16 kHz. */
    int FRAME_SAMPLES = 512;

    /**
     * The probability, from 0 to 1, that this frame, following the frames already given, holds speech.
     *
     * @param frame exactly {@link #FRAME_SAMPLES} samples at {@link #SAMPLE_RATE}; read during the call only, so
     *              the caller may reuse the array
     * @throws IllegalArgumentException if the frame has another length
     * @throws IllegalStateException    if the detector is closed
     */
    float speechProbability(short[] frame);

    /** Forgets the stream so far, as if the next frame were the first (a new call, or after a gap). */
    void reset();

    /** Releases what the detector holds; it must not be used afterwards. Closing twice does nothing. */
    @Override
    void close();

    /** Rejects a frame of the wrong length with the message every implementation gives. */
    static void requireFrame(short[] frame) {
        if (frame.length != FRAME_SAMPLES) {
            throw new IllegalArgumentException(
                    "a VAD frame is " + FRAME_SAMPLES + " samples at 16 kHz, got " + frame.length);
        }
    }
}
