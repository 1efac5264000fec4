package ai.seiketsu.pipeline.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class EnergyVadTests {

    private final EnergyVad vad = new EnergyVad();

    @Test
    void silenceAndLowNoiseAreNotSpeech() {
        short[] quiet = TestSignals.concat(TestSignals.silence(16_000, 500), TestSignals.whiteNoise(-70, 16_000, 500, 1));

        for (short[] frame : TestSignals.frames(quiet)) {
            assertThat(vad.mayHoldSpeech(frame)).isFalse();
        }
        assertThat(TestSignals.probabilities(vad, quiet)).containsOnly(0f);
    }

    @Test
    void aLoudVowelIsLikelySpeech() {
        float[] probabilities = TestSignals.probabilities(vad, TestSignals.vowel(140, -25, 16_000, 320));

        assertThat(TestSignals.min(probabilities)).isGreaterThan(0.9f);
    }

    @Test
    void hissIsLessLikelySpeechThanAVowelAsLoud() {
        short[] hiss = TestSignals.frames(TestSignals.whiteNoise(-25, 16_000, 32, 2))[0];
        short[] vowel = TestSignals.frames(TestSignals.vowel(140, -25, 16_000, 32))[0];

        assertThat(new EnergyVad().mayHoldSpeech(hiss)).as("the gate only looks at energy").isTrue();
        assertThat(new EnergyVad().speechProbability(hiss)).isLessThan(0.4f)
                .isLessThan(new EnergyVad().speechProbability(vowel));
    }

    @Test
    void learnsTheNoiseFloorOfTheLineAndClosesOnIt() {
        short[] hum = TestSignals.pinkNoise(-40, 16_000, 12_000, 3);
        short[][] frames = TestSignals.frames(hum);

        assertThat(vad.mayHoldSpeech(frames[0])).as("unknown line: noise opens the gate").isTrue();
        for (int f = 1; f < frames.length - 1; f++) {
            vad.mayHoldSpeech(frames[f]);
        }

        assertThat(vad.noiseFloorDbfs()).isCloseTo(-42.0, within(4.0));
        assertThat(vad.mayHoldSpeech(frames[frames.length - 1])).isFalse();
        assertThat(vad.mayHoldSpeech(TestSignals.frames(TestSignals.vowel(180, -20, 16_000, 32))[0])).isTrue();
    }

    @Test
    void dropsTheFloorAtOnceWhenTheLineGetsQuieterButNotBelowItsMinimum() {
        for (short[] frame : TestSignals.frames(TestSignals.pinkNoise(-40, 16_000, 6_000, 4))) {
            vad.mayHoldSpeech(frame);
        }

        vad.mayHoldSpeech(new short[VoiceActivityDetector.FRAME_SAMPLES]);

        assertThat(vad.noiseFloorDbfs()).isEqualTo(EnergyVad.DEFAULT_MINIMUM_DBFS - EnergyVad.DEFAULT_MARGIN_DB);
        assertThat(vad.thresholdDbfs()).isEqualTo(EnergyVad.DEFAULT_MINIMUM_DBFS);
    }

    @Test
    void doesNotLearnSustainedSpeechAsNoise() {
        short[] speechLike = TestSignals.vowel(120, -25, 16_000, 3_000);

        float[] probabilities = TestSignals.probabilities(vad, speechLike);

        assertThat(probabilities[probabilities.length - 1]).isGreaterThan(0.5f);
    }

    @Test
    void forgetsTheFloorOnReset() {
        for (short[] frame : TestSignals.frames(TestSignals.pinkNoise(-30, 16_000, 3_000, 5))) {
            vad.mayHoldSpeech(frame);
        }

        vad.reset();

        assertThat(vad.noiseFloorDbfs()).isEqualTo(new EnergyVad().noiseFloorDbfs());
    }

    @Test
    void takesOnlyWholeFrames() {
        assertThatIllegalArgumentException().isThrownBy(() -> vad.speechProbability(new short[480]))
                .withMessageContaining("512");
        assertThatIllegalArgumentException().isThrownBy(() -> new EnergyVad(0, -60));
    }
}
