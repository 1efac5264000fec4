package ai.seiketsu.pipeline.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;

/** Synthetic test audio and the measurements the audio tests make on it. */
final class TestSignals {

    private TestSignals() {
    }

    static short[] sine(double frequency, double amplitude, int sampleRate, int millis) {
        short[] samples = new short[Pcm16.samplesFor(millis, sampleRate)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * frequency * i / sampleRate));
        }
        return samples;
    }

    /**
     * A steady vowel-like tone: a fundamental and its first 20 harmonics at amplitudes falling as 1/k, scaled to the
     * given RMS level. It has the level and zero-crossing rate of voiced speech, and none of its other traits.
     */
    static short[] vowel(double fundamental, double dbfs, int sampleRate, int millis) {
        double[] raw = new double[Pcm16.samplesFor(millis, sampleRate)];
        double sumOfSquares = 0;
        for (int i = 0; i < raw.length; i++) {
            for (int k = 1; k <= 20 && k * fundamental < sampleRate / 2.0; k++) {
                raw[i] += Math.sin(2 * Math.PI * k * fundamental * i / sampleRate) / k;
            }
            sumOfSquares += raw[i] * raw[i];
        }
        return scaled(raw, dbfs, sumOfSquares);
    }

    static short[] silence(int sampleRate, int millis) {
        return new short[Pcm16.samplesFor(millis, sampleRate)];
    }

    /** Gaussian white noise with the given RMS level in dBFS, reproducible through the seed. */
    static short[] whiteNoise(double dbfs, int sampleRate, int millis, long seed) {
        Random random = new Random(seed);
        double rms = 32768 * Math.pow(10, dbfs / 20);
        short[] samples = new short[Pcm16.samplesFor(millis, sampleRate)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Pcm16.clip(random.nextGaussian() * rms);
        }
        return samples;
    }

    /**
     * Pink (1/f) noise by the Voss–McCartney method: 16 random rows, row r redrawn every 2^r samples, summed; then
     * scaled to the given RMS level.
     */
    static short[] pinkNoise(double dbfs, int sampleRate, int millis, long seed) {
        Random random = new Random(seed);
        double[] rows = new double[16];
        double[] raw = new double[Pcm16.samplesFor(millis, sampleRate)];
        double sumOfSquares = 0;
        for (int i = 0; i < raw.length; i++) {
            int row = Integer.numberOfTrailingZeros(i + 1);
            if (row < rows.length) {
                rows[row] = random.nextGaussian();
            }
            double value = random.nextGaussian();
            for (double r : rows) {
                value += r;
            }
            raw[i] = value;
            sumOfSquares += value * value;
        }
        return scaled(raw, dbfs, sumOfSquares);
    }

    private static short[] scaled(double[] raw, double dbfs, double sumOfSquares) {
        double scale = 32768 * Math.pow(10, dbfs / 20) / Math.sqrt(sumOfSquares / raw.length);
        short[] samples = new short[raw.length];
        for (int i = 0; i < raw.length; i++) {
            samples[i] = Pcm16.clip(raw[i] * scale);
        }
        return samples;
    }

    /** The whole 512-sample frames of a signal, in order (a partial last frame is dropped). */
    static short[][] frames(short[] samples) {
        short[][] frames = new short[samples.length / VoiceActivityDetector.FRAME_SAMPLES][];
        for (int f = 0; f < frames.length; f++) {
            int from = f * VoiceActivityDetector.FRAME_SAMPLES;
            frames[f] = Arrays.copyOfRange(samples, from, from + VoiceActivityDetector.FRAME_SAMPLES);
        }
        return frames;
    }

    /** The detector's probability for each whole frame of a signal. */
    static float[] probabilities(VoiceActivityDetector detector, short[] samples) {
        short[][] frames = frames(samples);
        float[] probabilities = new float[frames.length];
        for (int f = 0; f < frames.length; f++) {
            probabilities[f] = detector.speechProbability(frames[f]);
        }
        return probabilities;
    }

    static short[] concat(short[]... parts) {
        int length = 0;
        for (short[] part : parts) {
            length += part.length;
        }
        short[] all = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static short[] slice(short[] samples, int from, int to) {
        return Arrays.copyOfRange(samples, from, to);
    }

    static float min(float[] values) {
        float min = Float.MAX_VALUE;
        for (float value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    static float max(float[] values) {
        float max = -Float.MAX_VALUE;
        for (float value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    /** The share of the values at or above the threshold, from 0 to 1. */
    static double shareAtLeast(float[] values, float threshold) {
        int count = 0;
        for (float value : values) {
            count += value >= threshold ? 1 : 0;
        }
        return (double) count / values.length;
    }

    /** Frequency from the rising zero crossings (linearly interpolated) between the first and the last one. */
    static double frequency(short[] samples, int sampleRate) {
        double first = -1;
        double last = -1;
        int cycles = -1;
        for (int i = 1; i < samples.length; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                double crossing = i - 1 + (double) -samples[i - 1] / (samples[i] - samples[i - 1]);
                first = first < 0 ? crossing : first;
                last = crossing;
                cycles++;
            }
        }
        return cycles * sampleRate / (last - first);
    }

    /** Peak amplitude of a steady sine, as a fraction of full scale, from its RMS. */
    static double sineAmplitude(short[] samples) {
        return Pcm16.rms(samples) * Math.sqrt(2) * 32768 / 32767;
    }

    static short[] resource(String name) {
        try (InputStream in = TestSignals.class.getResourceAsStream("/audio/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /audio/" + name);
            }
            return Wav.read(in).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
