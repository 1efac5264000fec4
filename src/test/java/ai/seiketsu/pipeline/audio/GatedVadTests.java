package ai.seiketsu.pipeline.audio;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GatedVadTests {

    private static final short[] SILENT = new short[VoiceActivityDetector.FRAME_SAMPLES];
    private static final short[] LOUD = TestSignals.frames(TestSignals.vowel(150, -20, 16_000, 32))[0];

    private final CountingDetector model = new CountingDetector();
    private final GatedVad gated = new GatedVad(new EnergyVad(), model, 5);

    @Test
    void answersSilentFramesWithoutRunningTheModel() {
        for (int f = 0; f < 100; f++) {
            assertThat(gated.speechProbability(SILENT)).isZero();
        }

        assertThat(gated.skippedFrames()).isEqualTo(100);
        assertThat(gated.modelFrames()).isZero();
        assertThat(model.frames).isZero();
    }

    @Test
    void letsTheModelJudgeFramesLoudEnoughToBeSpeech() {
        assertThat(gated.speechProbability(LOUD)).isEqualTo(CountingDetector.PROBABILITY);
        assertThat(model.frames).isEqualTo(1);
    }

    @Test
    void keepsTheModelRunningThroughShortPausesWithoutResettingIt() {
        feed(LOUD, 3);
        feed(SILENT, 5); // within the hangover
        feed(LOUD, 3);

        assertThat(model.frames).isEqualTo(11);
        assertThat(model.resets).isZero();
        assertThat(gated.skippedFrames()).isZero();
    }

    @Test
    void resetsTheModelOnceWhenSkippingStartsAfterSpeech() {
        feed(LOUD, 3);
        feed(SILENT, 20);

        assertThat(model.frames).isEqualTo(3 + 5);
        assertThat(model.resets).isEqualTo(1);
        assertThat(gated.skippedFrames()).isEqualTo(15);

        feed(LOUD, 2);
        feed(SILENT, 20);

        assertThat(model.resets).isEqualTo(2);
    }

    @Test
    void closesTheDetectorsItOwns() {
        gated.close();

        assertThat(model.closed).isTrue();
    }

    @Test
    void skipsTheSilenceAroundRealSpeechAndStillHearsTheSpeech() {
        short[] call = TestSignals.concat(TestSignals.silence(16_000, 2_000), TestSignals.resource("goforward.wav"),
                TestSignals.whiteNoise(-75, 16_000, 2_000, 1));
        int silentFrames = 2 * 2_000 / 32;
        float[] probabilities;
        float[] alone;
        try (GatedVad withSilero = GatedVad.withSilero(); SileroVad silero = new SileroVad()) {
            probabilities = TestSignals.probabilities(withSilero, call);
            alone = TestSignals.probabilities(silero, call);

            assertThat(withSilero.skippedFrames()).isGreaterThan(silentFrames - 2L * GatedVad.DEFAULT_HANGOVER_FRAMES);
            assertThat(withSilero.skippedFrames() + withSilero.modelFrames()).isEqualTo(probabilities.length);
        }
        float[] words = Arrays.copyOfRange(probabilities, 62 + 17, 62 + 66);
        float[] wordsAlone = Arrays.copyOfRange(alone, 62 + 17, 62 + 66);
        assertThat(TestSignals.shareAtLeast(words, 0.5f)).isGreaterThan(0.9)
                .isCloseTo(TestSignals.shareAtLeast(wordsAlone, 0.5f), within(0.05));
    }

    private void feed(short[] frame, int times) {
        for (int i = 0; i < times; i++) {
            gated.speechProbability(frame);
        }
    }

    /** Stands for the model: counts what the gate lets through. */
    private static final class CountingDetector implements VoiceActivityDetector {

        static final float PROBABILITY = 0.8f;

        int frames;
        int resets;
        boolean closed;

        @Override
        public float speechProbability(short[] frame) {
            frames++;
            return PROBABILITY;
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
