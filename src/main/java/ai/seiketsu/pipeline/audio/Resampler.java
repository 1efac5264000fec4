package ai.seiketsu.pipeline.audio;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sample-rate conversion of mono PCM16 between the rates that meet in a call: 8 kHz telephony, 16 kHz for
 * recognisers and voice activity detection, 22.05 / 24 / 48 kHz from synthesisers and browsers (any pair of them,
 * and any other pair whose ratio is simple enough, see {@link #Resampler(int, int)}).
 *
 * <p><b>Why a windowed sinc.</b> Recognisers are trained on clean band-limited audio. Dropping or repeating samples
 * folds everything above the new Nyquist frequency back into the speech band as aliases, and linear interpolation
 * both dulls the highs and aliases. This is a polyphase band-limited interpolator: the output sample at input time
 * {@code t} is the sum of input samples weighted by a Kaiser-windowed sinc centred on {@code t}, whose cut-off sits
 * just under the lower of the two Nyquist frequencies, so one filter both rebuilds the signal between samples and
 * removes what the lower rate cannot carry. With 32 zero crossings on each side and a Kaiser beta of 8.5, the stop
 * band starts at the lower Nyquist frequency and lies about 80 dB down; the pass band is flat (each phase is
 * normalised to unit gain at DC) up to about 84 % of that frequency, 6.7 kHz for 16 kHz output.
 *
 * <p><b>Streaming.</b> An instance converts one stream chunk by chunk: it keeps the input tail that the next output
 * samples still need, so the concatenated outputs of {@link #process} and {@link #flush} are the same samples as
 * {@link #resample} of the whole stream, with no click at chunk boundaries. The price is latency: an output sample
 * leaves only once the filter's half width of later input has arrived (4.4 ms between 8 and 16 kHz, 2.2 ms from
 * 48 to 16 kHz). Output sample {@code k} stands for input time {@code k * from / to}: no delay is added to the timeline.
 *
 * <p>An instance is for one stream and is not thread-safe; the filter tables behind it are immutable and shared by
 * every instance for the same pair of rates.
 */
public final class Resampler {

    /** Zero crossings of the sinc on each side of the centre: the filter's sharpness. */
    private static final int ZERO_CROSSINGS = 32;

    private static final double KAISER_BETA = 8.5;

    /** Cut-off as a fraction of the lower Nyquist frequency, leaving room for the transition band. */
    private static final double ROLL_OFF = 0.92;

    /**
     * Ratios that need more phases (odd rates such as 16,001 Hz) are refused rather than approximated; the common
     * rates need at most 1,280 (11.025 to 32 kHz), a table of 350 KB.
     */
    private static final int MAX_PHASES = 2048;

    private static final Map<Ratio, Filter> FILTERS = new ConcurrentHashMap<>();

    private final Filter filter;

    /** Input not yet consumed; {@code pending[0]} is the input sample with absolute index {@code pendingStart}. */
    private float[] pending;
    private int pendingLength;
    private long pendingStart;
    /** Real input samples received so far (the zero padding of {@link #flush} is not counted). */
    private long received;
    /** Absolute index of the next output sample. */
    private long nextOutput;

    /**
     * A converter for one stream from {@code fromRate} to {@code toRate} Hz.
     *
     * @throws IllegalArgumentException if a rate is not positive, or the ratio, reduced, needs more than 2,048
     *                                  filter phases (e.g. 16,001 Hz to 16,000 Hz); 8, 11.025, 16, 22.05, 24, 32,
     *                                  44.1 and 48 kHz all convert into one another
     */
    public Resampler(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + fromRate + " -> " + toRate);
        }
        this.filter = FILTERS.computeIfAbsent(Ratio.of(fromRate, toRate), Filter::design);
        reset();
    }

    /** One-shot conversion of a whole signal: {@code ceil(samples.length * toRate / fromRate)} samples. */
    public static short[] resample(short[] samples, int fromRate, int toRate) {
        Resampler resampler = new Resampler(fromRate, toRate);
        short[] body = resampler.process(samples);
        short[] tail = resampler.flush();
        short[] all = Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        return all;
    }

    /**
     * Converts the next chunk of the stream and returns every output sample that the input so far determines; the
     * rest comes with later chunks or {@link #flush}.
     */
    public short[] process(short[] chunk) {
        append(chunk);
        received += chunk.length;
        return drain(received - filter.halfWidth());
    }

    /**
     * Ends the stream: returns the last output samples, computed as if silence followed, and makes this instance
     * ready for a new stream.
     */
    public short[] flush() {
        append(new short[filter.halfWidth()]);
        short[] tail = drain(received);
        reset();
        return tail;
    }

    /** Forgets the stream so far, as after {@link #flush} but without its output. */
    public void reset() {
        // the stream starts after silence: the first outputs see zeros where input before index 0 would be
        pending = new float[Math.max(1024, 4 * filter.halfWidth())];
        pendingLength = filter.halfWidth();
        pendingStart = -filter.halfWidth();
        received = 0;
        nextOutput = 0;
    }

    /** Emits every output sample whose input time lies before {@code inputLimit} and whose input window is here. */
    private short[] drain(long inputLimit) {
        int count = (int) Math.max(0, outputsBefore(inputLimit) - nextOutput);
        short[] out = new short[count];
        for (int n = 0; n < count; n++) {
            out[n] = outputSample(nextOutput++);
        }
        discardConsumedInput();
        return out;
    }

    /** The number of output samples whose input time {@code k * from / to} is before input index {@code limit}. */
    private long outputsBefore(long limit) {
        // output k is due when k * down < limit * up: there are ceil(limit * up / down) of them
        return limit <= 0 ? 0 : Math.ceilDiv(limit * filter.ratio().up(), (long) filter.ratio().down());
    }

    private short outputSample(long k) {
        long position = k * filter.ratio().down();
        long centre = position / filter.ratio().up();
        int phase = (int) (position % filter.ratio().up());
        float[] taps = filter.taps()[phase];
        int first = (int) (centre - filter.halfWidth() + 1 - pendingStart);
        float sum = 0;
        for (int t = 0; t < taps.length; t++) {
            sum += taps[t] * pending[first + t];
        }
        return Pcm16.clip(sum);
    }

    private void discardConsumedInput() {
        long centre = nextOutput * filter.ratio().down() / filter.ratio().up();
        int stale = (int) Math.min(pendingLength, Math.max(0, centre - filter.halfWidth() + 1 - pendingStart));
        System.arraycopy(pending, stale, pending, 0, pendingLength - stale);
        pendingLength -= stale;
        pendingStart += stale;
    }

    private void append(short[] samples) {
        if (pendingLength + samples.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(2 * pending.length, pendingLength + samples.length));
        }
        for (int i = 0; i < samples.length; i++) {
            pending[pendingLength + i] = samples[i];
        }
        pendingLength += samples.length;
    }

    /** A conversion ratio in lowest terms: {@code up} output samples for every {@code down} input samples. */
    private record Ratio(int up, int down) {

        static Ratio of(int fromRate, int toRate) {
            int gcd = gcd(fromRate, toRate);
            Ratio ratio = new Ratio(toRate / gcd, fromRate / gcd);
            if (ratio.up() > MAX_PHASES) {
                throw new IllegalArgumentException("cannot resample " + fromRate + " Hz to " + toRate
                        + " Hz: the ratio " + ratio.up() + "/" + ratio.down() + " needs too many filter phases");
            }
            return ratio;
        }

        private static int gcd(int a, int b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }

    /**
     * The polyphase table: {@code taps[p][i]} weighs input sample {@code centre - halfWidth + 1 + i} for an output
     * that falls {@code p / up} of an input step after {@code centre}.
     */
    private record Filter(Ratio ratio, int halfWidth, float[][] taps) {

        static Filter design(Ratio ratio) {
            if (ratio.up() == ratio.down()) {
                return new Filter(ratio, 1, new float[][] { { 1f, 0f } }); // same rate: copy, do not filter
            }
            // cut-off relative to the input rate: below the output's Nyquist frequency when downsampling
            double bandwidth = ROLL_OFF * Math.min(1.0, (double) ratio.up() / ratio.down());
            int halfWidth = (int) Math.ceil(ZERO_CROSSINGS / bandwidth);
            float[][] taps = new float[ratio.up()][2 * halfWidth];
            for (int phase = 0; phase < ratio.up(); phase++) {
                taps[phase] = phase(phase / (double) ratio.up(), halfWidth, bandwidth);
            }
            return new Filter(ratio, halfWidth, taps);
        }

        private static float[] phase(double offset, int halfWidth, double bandwidth) {
            double[] weights = new double[2 * halfWidth];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                double distance = offset + halfWidth - 1 - i; // from input sample to the output instant
                weights[i] = bandwidth * sinc(bandwidth * distance) * kaiser(distance / (halfWidth + 1));
                sum += weights[i];
            }
            float[] taps = new float[weights.length];
            for (int i = 0; i < taps.length; i++) {
                taps[i] = (float) (weights[i] / sum);
            }
            return taps;
        }

        private static double sinc(double x) {
            return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        }

        /** Kaiser window at {@code x} in [-1, 1]. */
        private static double kaiser(double x) {
            return besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - x * x))) / besselI0(KAISER_BETA);
        }

        /** Modified Bessel function of the first kind, order 0, by its power series (converges fast here). */
        private static double besselI0(double x) {
            double term = 1;
            double sum = 1;
            double quarterSquare = x * x / 4;
            for (int k = 1; term > 1e-12 * sum; k++) {
                term *= quarterSquare / ((double) k * k);
                sum += term;
            }
            return sum;
        }
    }
}
