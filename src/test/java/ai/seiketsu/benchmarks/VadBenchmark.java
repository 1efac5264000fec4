package ai.seiketsu.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import ai.seiketsu.pipeline.audio.EnergyVad;
import ai.seiketsu.pipeline.audio.GatedVad;
import ai.seiketsu.pipeline.audio.Pcm16;
import ai.seiketsu.pipeline.audio.SileroVad;
import ai.seiketsu.pipeline.audio.VoiceActivityDetector;
import ai.seiketsu.pipeline.audio.Wav;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What voice activity detection costs per 32 ms frame, on one thread, over a minute of a caller mostly listening:
 * faint line noise (-65 dBFS) with the real "go forward ten meters" clip every 15 s (4 bursts, 11 s of the minute).
 * Compares {@link EnergyVad}, {@link SileroVad} on every frame, and {@link GatedVad} (Silero behind the energy gate),
 * with how many frames the gate spared. Prints mean, p50, p99 and max per frame in microseconds, and the CPU share of
 * one core per live stream; writes them to {@code target/benchmarks/vad.txt}.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=VadBenchmark}.
 */
@Tag("benchmark")
class VadBenchmark {

    private static final int WARM_UP_PASSES = 2;
    private static final int MEASURED_PASSES = 3;
    private static final double FRAME_MICROS = 32_000;

    @Test
    void perFrameCost() throws IOException {
        short[][] frames = minuteOfMostlyListening();
        String report = String.format(Locale.ROOT, """
                Voice activity detection per 32 ms frame, one thread, %d passes over a minute (%d frames) after %d \
                warm-up passes (%d cores)
                %s
                %s
                %s
                """, MEASURED_PASSES, frames.length, WARM_UP_PASSES, Runtime.getRuntime().availableProcessors(),
                measure("EnergyVad", EnergyVad::new, frames),
                measure("SileroVad", SileroVad::new, frames),
                measure("GatedVad (energy gate + Silero)", GatedVad::withSilero, frames));
        Percentiles.write("vad", report);
        assertThat(report).contains("p99");
    }

    private static String measure(String name, Supplier<VoiceActivityDetector> detectors, short[][] frames) {
        long[] nanos = new long[MEASURED_PASSES * frames.length];
        String skipped = "";
        for (int pass = 0; pass < WARM_UP_PASSES + MEASURED_PASSES; pass++) {
            try (VoiceActivityDetector detector = detectors.get()) { // a new stream each pass, as a new call
                int offset = (pass - WARM_UP_PASSES) * frames.length;
                for (short[] frame : frames) {
                    long start = System.nanoTime();
                    detector.speechProbability(frame);
                    if (offset >= 0) {
                        nanos[offset++] = System.nanoTime() - start;
                    }
                }
                if (detector instanceof GatedVad gated) {
                    skipped = String.format(Locale.ROOT, "   (gate skipped %d of %d frames)", gated.skippedFrames(),
                            frames.length);
                }
            }
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e3;
        return String.format(Locale.ROOT,
                "  %-32s mean %7.1f us   p50 %7.1f us   p99 %7.1f us   max %8.1f us   %5.2f %% of a core per stream%s",
                name, mean, micros(nanos, 50), micros(nanos, 99), nanos[nanos.length - 1] / 1e3,
                100 * mean / FRAME_MICROS, skipped);
    }

    private static double micros(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e3;
    }

    private static short[][] minuteOfMostlyListening() throws IOException {
        short[] voice;
        try (InputStream in = VadBenchmark.class.getResourceAsStream("/audio/goforward.wav")) {
            assertThat(in).isNotNull();
            voice = Wav.read(in).samples();
        }
        int rate = VoiceActivityDetector.SAMPLE_RATE;
        short[] minute = new short[60 * rate];
        Random random = new Random(1);
        double noise = 32768 * Math.pow(10, -65 / 20.0);
        for (int i = 0; i < minute.length; i++) {
            minute[i] = Pcm16.clip(random.nextGaussian() * noise);
        }
        for (int second = 5; second < 60; second += 15) {
            System.arraycopy(voice, 0, minute, second * rate, voice.length);
        }
        short[][] frames = new short[minute.length / VoiceActivityDetector.FRAME_SAMPLES][];
        for (int f = 0; f < frames.length; f++) {
            int from = f * VoiceActivityDetector.FRAME_SAMPLES;
            frames[f] = Arrays.copyOfRange(minute, from, from + VoiceActivityDetector.FRAME_SAMPLES);
        }
        return frames;
    }
}
