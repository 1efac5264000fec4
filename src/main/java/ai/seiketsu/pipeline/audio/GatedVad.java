package ai.seiketsu.pipeline.audio;

/**
 * A costly detector behind a cheap energy gate. Most of a phone call, on the caller's side, is the caller
 * listening: frames too quiet to hold speech. The gate ({@link EnergyVad#mayHoldSpeech}) answers 0 for those without
 * running the model, which then runs only on frames loud enough to matter, where telling speech from noise is worth
 * its cost.
 *
 * <p><b>Hangover.</b> When the gate closes, the model keeps running for {@code hangoverFrames} more frames, so that
 * the soft end of a word and the short pauses inside a sentence are judged by the model, with its recurrent state
 * intact, rather than forced to 0. Only then does skipping start, and the model is {@link
 * VoiceActivityDetector#reset() reset}: the audio it sees next comes after a gap it never heard, and a state carried
 * across that gap would describe speech that has ended.
 *
 * <p>{@link #skippedFrames()} and {@link #modelFrames()} count what the gate saved, for tests and benchmarks.
 *
 * <p>The instance owns both detectors and closes them. Not thread-safe: one instance per stream.
 */
public final class GatedVad implements VoiceActivityDetector {

    /** Default hangover: 5 frames, 160 ms. */
    public static final int DEFAULT_HANGOVER_FRAMES = 5;

    private final EnergyVad gate;
    private final VoiceActivityDetector model;
    private final int hangoverFrames;
    /** Consecutive frames the gate has been closed on, capped just past the hangover. */
    private int closedFrames;
    /** Whether the model has seen frames since its last reset. */
    private boolean modelInUse;
    private long skippedFrames;
    private long modelFrames;

    /**
     * @param gate           decides which frames may hold speech
     * @param model          judges those frames
     * @param hangoverFrames frames the model still sees after the gate closes, 0 or more
     */
    public GatedVad(EnergyVad gate, VoiceActivityDetector model, int hangoverFrames) {
        if (hangoverFrames < 0) {
            throw new IllegalArgumentException("hangover cannot be negative, got " + hangoverFrames);
        }
        this.gate = gate;
        this.model = model;
        this.hangoverFrames = hangoverFrames;
        this.closedFrames = hangoverFrames + 1; // nothing heard yet: start skipping
    }

    /**
     * Silero behind an {@link EnergyVad} with its default settings and the default hangover: the detector the
     * pipeline uses.
     *
     * @throws IllegalStateException if the Silero model cannot be loaded (see {@link SileroVad#SileroVad()})
     */
    public static GatedVad withSilero() {
        return new GatedVad(new EnergyVad(), new SileroVad(), DEFAULT_HANGOVER_FRAMES);
    }

    @Override
    public float speechProbability(short[] frame) {
        boolean open = gate.mayHoldSpeech(frame);
        closedFrames = open ? 0 : Math.min(closedFrames + 1, hangoverFrames + 1);
        if (closedFrames > hangoverFrames) {
            if (modelInUse) {
                model.reset();
                modelInUse = false;
            }
            skippedFrames++;
            return 0;
        }
        modelInUse = true;
        modelFrames++;
        return model.speechProbability(frame);
    }

    /** Frames answered 0 by the gate alone. */
    public long skippedFrames() {
        return skippedFrames;
    }

    /** Frames the model judged. */
    public long modelFrames() {
        return modelFrames;
    }

    /** Resets the gate and the model, as for a new stream; the counters go on. */
    @Override
    public void reset() {
        gate.reset();
        model.reset();
        modelInUse = false;
        closedFrames = hangoverFrames + 1;
    }

    @Override
    public void close() {
        gate.close();
        model.close();
    }
}
