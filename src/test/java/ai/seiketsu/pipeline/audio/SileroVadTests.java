package ai.seiketsu.pipeline.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class SileroVadTests {

    /** "go forward ten meters": the words run from about 0.5 s to 2.2 s of the clip. */
    private static final short[] VOICE = TestSignals.resource("goforward.wav");
    private static final int FIRST_WORD_FRAME = 17;
    private static final int LAST_WORD_FRAME = 65;

    private final SileroVad vad = new SileroVad();

    @AfterEach
    void close() {
        vad.close();
    }

    @Test
    void isConfidentOnRealSpeech() {
        float[] probabilities = TestSignals.probabilities(vad, VOICE);
        float[] words = Arrays.copyOfRange(probabilities, FIRST_WORD_FRAME, LAST_WORD_FRAME + 1);

        assertThat(TestSignals.shareAtLeast(words, 0.5f)).isGreaterThan(0.9);
        assertThat(TestSignals.max(words)).isGreaterThan(0.99f);
    }

    @Test
    void isNotFooledByTheRoomNoiseAroundTheWords() {
        float[] probabilities = TestSignals.probabilities(vad, VOICE);

        assertThat(TestSignals.max(Arrays.copyOfRange(probabilities, 0, 14))).isLessThan(0.1f);
    }

    @Test
    void hearsNoSpeechInSilenceOrLowNoise() {
        short[] quiet = TestSignals.concat(TestSignals.silence(16_000, 1_000), TestSignals.whiteNoise(-70, 16_000, 1_000, 1));

        assertThat(TestSignals.max(TestSignals.probabilities(vad, quiet))).isLessThan(0.1f);
    }

    @Test
    void hearsNoSpeechInNoiseBurstsAsLoudAsSpeech() {
        short[] bursts = TestSignals.concat(TestSignals.silence(16_000, 500), TestSignals.pinkNoise(-20, 16_000, 1_000, 2),
                TestSignals.silence(16_000, 500), TestSignals.whiteNoise(-20, 16_000, 1_000, 3));

        float[] probabilities = TestSignals.probabilities(vad, bursts);

        assertThat(TestSignals.max(probabilities)).isLessThan(0.3f);
    }

    @Test
    void startsOverOnReset() {
        short[][] frames = TestSignals.frames(VOICE);
        float fresh;
        try (SileroVad other = new SileroVad()) {
            fresh = other.speechProbability(frames[20]);
        }
        for (int f = 0; f < 40; f++) {
            vad.speechProbability(frames[f]);
        }

        vad.reset();

        assertThat(vad.speechProbability(frames[20])).isCloseTo(fresh, within(1e-6f));
    }

    @Test
    void keepsEachStreamsStateApartWhenStreamsRunOnManyThreads() throws Exception {
        float[] alone = TestSignals.probabilities(vad, VOICE);
        List<Future<float[]>> results = new ArrayList<>();

        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int stream = 0; stream < 4; stream++) {
                results.add(threads.submit(() -> {
                    try (SileroVad own = new SileroVad()) {
                        return TestSignals.probabilities(own, VOICE);
                    }
                }));
            }
        }

        for (Future<float[]> result : results) {
            assertThat(result.get()).containsExactly(alone, within(1e-5f));
        }
    }

    @Test
    void takesOnlyWholeFramesAndNothingOnceClosed() {
        assertThatIllegalArgumentException().isThrownBy(() -> vad.speechProbability(new short[256]));

        vad.close();
        vad.close();

        assertThatIllegalStateException().isThrownBy(() -> vad.speechProbability(new short[512]));
    }
}
