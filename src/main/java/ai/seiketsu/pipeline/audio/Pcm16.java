package ai.seiketsu.pipeline.audio;

/**
 * Signed 16-bit little-endian mono PCM, the one sample format of the pipeline: every engine and transport either
 * speaks it or is converted to it at the edge ({@link MuLaw} for telephony, {@link Wav} for files). Gathering the
 * byte order, the length checks and the level arithmetic here keeps them from being rewritten, slightly differently,
 * in each processor.
 *
 * <p>Stateless and thread-safe.
 */
public final class Pcm16 {

    /** Full scale as a divisor: {@code -32768} maps to exactly {@code -1.0}, the range speech models expect. */
    public static final float FULL_SCALE = 32768f;

    /** The level reported for a frame of digital silence, about the quantisation floor of 16 bits. */
    public static final double SILENCE_DBFS = -96.0;

    private Pcm16() {
    }

    /**
     * Samples of little-endian PCM bytes.
     *
     * @throws IllegalArgumentException if the length is odd (a sample cut in half means the stream is misaligned)
     */
    public static short[] toSamples(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("PCM16 needs an even number of bytes, got " + bytes.length);
        }
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
        }
        return samples;
    }

    /** Little-endian bytes of samples. */
    public static byte[] toBytes(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }

    /** The nearest 16-bit sample to a value on the 16-bit scale, clipped to the range rather than wrapped. */
    public static short clip(double value) {
        long rounded = Math.round(value);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }

    /** How long {@code samples} samples last at {@code sampleRate}, in whole milliseconds (rounded down). */
    public static long durationMillis(long samples, int sampleRate) {
        requirePositive(sampleRate);
        return samples * 1000 / sampleRate;
    }

    /** How many samples {@code millis} milliseconds hold at {@code sampleRate} (rounded down). */
    public static int samplesFor(long millis, int sampleRate) {
        requirePositive(sampleRate);
        return Math.toIntExact(millis * sampleRate / 1000);
    }

    /** Root mean square of a frame as a fraction of full scale (0 for silence, 1 for a full-scale square wave). */
    public static double rms(short[] frame) {
        if (frame.length == 0) {
            return 0;
        }
        double sum = 0;
        for (short sample : frame) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / frame.length) / FULL_SCALE;
    }

    /**
     * Level of a frame in dB relative to full scale (a full-scale square wave is 0 dBFS, a full-scale sine about
     * -3 dBFS), never below {@link #SILENCE_DBFS} so that digital silence compares as a number, not minus infinity.
     */
    public static double dbfs(short[] frame) {
        double rms = rms(frame);
        return rms == 0 ? SILENCE_DBFS : Math.max(SILENCE_DBFS, 20 * Math.log10(rms));
    }

    private static void requirePositive(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
    }
}
