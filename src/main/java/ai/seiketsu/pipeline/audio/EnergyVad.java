package ai.seiketsu.pipeline.audio;

/**
 * Voice activity from loudness and zero-crossing rate: a frame is likely speech when it stands well above the
 * line's noise floor, and less likely when it crosses zero as often as hiss does. It costs a few microseconds per
 * frame and needs no model, which makes it two things:
 * <ul>
 * <li>a fallback {@link VoiceActivityDetector} where ONNX Runtime cannot load. It is crude: any loud enough noise
 * (a door, music, a cough) counts as speech;</li>
 * <li>the gate in front of a costly detector ({@link GatedVad}): {@link #mayHoldSpeech} is false only for frames
 * too quiet to be speech, so the model runs only on the others. That question it answers well.</li>
 * </ul>
 *
 * <p><b>Noise floor.</b> The floor follows the quietest recent frames: it drops at once to a quieter frame and
 * rises by at most {@value #FLOOR_RISE_DB_PER_SECOND} dB per second, so it adapts to a noisier line within seconds
 * but does not climb into sustained speech, whose pauses pull it back down. A frame may hold speech when it is
 * {@code marginDb} above the floor and above {@code minimumDbfs}, which keeps a very clean line from opening the gate
 * on its faintest noise. The floor starts at, and never sinks below, {@code minimumDbfs - marginDb}: a caller who
 * speaks at once is heard, and the digital silence of a line being connected does not drag the floor so low that
 * the room noise after it takes many seconds to be learnt.
 *
 * <p>Each of {@link #speechProbability} and {@link #mayHoldSpeech} updates the floor: call one of them per frame.
 * Not thread-safe: one instance per stream.
 */
public final class EnergyVad implements VoiceActivityDetector {

    /** Default distance above the noise floor at which a frame may be speech. */
    public static final double DEFAULT_MARGIN_DB = 10;

    /** Default level under which nothing is speech: quieter than the softest telephone speech. */
    public static final double DEFAULT_MINIMUM_DBFS = -60;

    private static final double FLOOR_RISE_DB_PER_SECOND = 3;
    /** Above the threshold, the probability climbs from 0 to 1 over this many dB. */
    private static final double RAMP_DB = 12;
    /** Voiced speech crosses zero less often than this (per sample); hiss about 0.5. */
    private static final double VOICED_ZCR = 0.25;
    private static final double NOISE_ZCR = 0.5;
    /** What is left of the probability of a frame that crosses zero as often as white noise. */
    private static final double NOISE_WEIGHT = 0.25;

    private final double marginDb;
    private final double minimumDbfs;
    private double floorDbfs;

    /** With the defaults: {@value #DEFAULT_MARGIN_DB} dB above the floor, at least {@value #DEFAULT_MINIMUM_DBFS} dBFS. */
    public EnergyVad() {
        this(DEFAULT_MARGIN_DB, DEFAULT_MINIMUM_DBFS);
    }

    /**
     * @param marginDb    how far above the noise floor a frame must be to count, in dB (positive)
     * @param minimumDbfs the level under which no frame counts, in dBFS (negative)
     */
    public EnergyVad(double marginDb, double minimumDbfs) {
        if (!(marginDb > 0) || !(minimumDbfs < 0)) {
            throw new IllegalArgumentException("need a positive margin and a negative minimum, got " + marginDb
                    + " dB and " + minimumDbfs + " dBFS");
        }
        this.marginDb = marginDb;
        this.minimumDbfs = minimumDbfs;
        reset();
    }

    /**
     * The gate's question: is this frame loud enough, above the noise floor, to hold speech? Updates the floor.
     *
     * @param frame {@link #FRAME_SAMPLES} samples at {@link #SAMPLE_RATE}
     */
    public boolean mayHoldSpeech(short[] frame) {
        return decibelsAboveThreshold(frame) >= 0;
    }

    /**
     * 0 for frames the gate would close on; above it, rises with the level over {@value #RAMP_DB} dB, lowered for
     * frames whose zero-crossing rate is that of broadband noise rather than of voiced speech.
     */
    @Override
    public float speechProbability(short[] frame) {
        double aboveThreshold = decibelsAboveThreshold(frame);
        if (aboveThreshold < 0) {
            return 0;
        }
        double loudness = Math.min(1, aboveThreshold / RAMP_DB);
        return (float) (loudness * voicedWeight(zeroCrossingRate(frame)));
    }

    /** The current noise floor estimate, in dBFS. */
    public double noiseFloorDbfs() {
        return floorDbfs;
    }

    /** The level a frame must reach now to count as possible speech, in dBFS. */
    public double thresholdDbfs() {
        return floorDbfs + marginDb;
    }

    @Override
    public void reset() {
        floorDbfs = lowestFloor();
    }

    /** Holds nothing to release. */
    @Override
    public void close() {
    }

    /** The frame's level relative to the threshold before this frame; then lets the frame move the floor. */
    private double decibelsAboveThreshold(short[] frame) {
        VoiceActivityDetector.requireFrame(frame);
        double level = Pcm16.dbfs(frame);
        double aboveThreshold = level - thresholdDbfs();
        double maxRise = FLOOR_RISE_DB_PER_SECOND * frame.length / SAMPLE_RATE;
        floorDbfs = Math.max(lowestFloor(), Math.min(level, floorDbfs + maxRise));
        return aboveThreshold;
    }

    private double lowestFloor() {
        return minimumDbfs - marginDb;
    }

    private static double zeroCrossingRate(short[] frame) {
        int crossings = 0;
        for (int i = 1; i < frame.length; i++) {
            if ((frame[i - 1] < 0) != (frame[i] < 0)) {
                crossings++;
            }
        }
        return (double) crossings / (frame.length - 1);
    }

    private static double voicedWeight(double zeroCrossingRate) {
        if (zeroCrossingRate <= VOICED_ZCR) {
            return 1;
        }
        double towardsNoise = Math.min(1, (zeroCrossingRate - VOICED_ZCR) / (NOISE_ZCR - VOICED_ZCR));
        return 1 - towardsNoise * (1 - NOISE_WEIGHT);
    }
}
