package ai.seiketsu.pipeline.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ResamplerTests {

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({ "8000, 16000", "16000, 8000", "48000, 16000", "22050, 16000", "24000, 16000", "16000, 48000",
            "44100, 16000", "16000, 22050" })
    void keepsTheFrequencyAndAmplitudeOfA440HzSine(int from, int to) {
        short[] sine = TestSignals.sine(440, 0.5, from, 1_000);

        short[] out = Resampler.resample(sine, from, to);

        short[] steady = TestSignals.slice(out, to / 10, to * 9 / 10); // away from the edges of the signal
        assertThat(TestSignals.frequency(steady, to)).isCloseTo(440.0, within(0.2));
        assertThat(TestSignals.sineAmplitude(steady)).isCloseTo(0.5, within(0.005));
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({ "8000, 16000", "16000, 8000", "48000, 16000", "22050, 16000", "24000, 16000", "48000, 8000",
            "16000, 22050", "8000, 48000" })
    void producesOneOutputSampleForEachOutputInstantInsideTheInput(int from, int to) {
        for (int length : new int[] { 0, 1, 441, 1_000, 16_000 }) {
            short[] out = Resampler.resample(new short[length], from, to);

            assertThat(out).hasSize((int) Math.ceilDiv((long) length * to, from));
        }
    }

    @Test
    void removesWhatTheLowerRateCannotCarryInsteadOfAliasingIt() {
        // 6 kHz cannot exist at 8 kHz (Nyquist 4 kHz): a naive decimation would fold it to 2 kHz
        short[] tooHigh = TestSignals.sine(6_000, 0.5, 16_000, 500);
        short[] alsoTooHigh = TestSignals.sine(12_000, 0.5, 48_000, 500);

        short[] at8k = Resampler.resample(tooHigh, 16_000, 8_000);
        short[] at16k = Resampler.resample(alsoTooHigh, 48_000, 16_000);

        assertThat(Pcm16.dbfs(TestSignals.slice(at8k, 400, 3_600))).isLessThan(-70);
        assertThat(Pcm16.dbfs(TestSignals.slice(at16k, 800, 7_200))).isLessThan(-70);
    }

    @Test
    void keepsTheTelephoneBandWhenGoingDownTo8kHz() {
        short[] upperSpeechBand = TestSignals.sine(3_200, 0.5, 16_000, 500);

        short[] out = Resampler.resample(upperSpeechBand, 16_000, 8_000);

        assertThat(TestSignals.sineAmplitude(TestSignals.slice(out, 400, 3_600))).isCloseTo(0.5, within(0.03));
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz in chunks of {2}")
    @CsvSource({ "8000, 16000, 160", "16000, 8000, 320", "48000, 16000, 480", "22050, 16000, 1000",
            "24000, 16000, 7", "8000, 16000, 1" })
    void streamsInChunksExactlyAsItConvertsInOneGo(int from, int to, int chunkSize) {
        short[] speechLike = TestSignals.concat(TestSignals.sine(300, 0.3, from, 300),
                TestSignals.pinkNoise(-20, from, 300, 7), TestSignals.sine(2_100, 0.2, from, 311));
        short[] oneShot = Resampler.resample(speechLike, from, to);

        Resampler streaming = new Resampler(from, to);
        short[] streamed = new short[0];
        for (int at = 0; at < speechLike.length; at += chunkSize) {
            int end = Math.min(speechLike.length, at + chunkSize);
            streamed = TestSignals.concat(streamed, streaming.process(TestSignals.slice(speechLike, at, end)));
        }
        streamed = TestSignals.concat(streamed, streaming.flush());

        assertThat(streamed).hasSameSizeAs(oneShot);
        for (int i = 0; i < oneShot.length; i++) {
            assertThat((int) streamed[i]).as("sample %d", i).isCloseTo(oneShot[i], within(1));
        }
    }

    @Test
    void startsANewStreamAfterFlush() {
        Resampler resampler = new Resampler(8_000, 16_000);
        short[] sine = TestSignals.sine(440, 0.5, 8_000, 100);
        resampler.process(TestSignals.pinkNoise(-10, 8_000, 100, 1));
        resampler.flush();

        short[] second = TestSignals.concat(resampler.process(sine), resampler.flush());

        assertThat(second).containsExactly(Resampler.resample(sine, 8_000, 16_000));
    }

    @Test
    void copiesWhenTheRatesAreEqual() {
        short[] noise = TestSignals.whiteNoise(-6, 16_000, 50, 3);

        assertThat(Resampler.resample(noise, 16_000, 16_000)).containsExactly(noise);
    }

    @Test
    void convertsBetweenAllTheCommonRates() {
        int[] rates = { 8_000, 11_025, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000 };
        for (int from : rates) {
            for (int to : rates) {
                short[] out = Resampler.resample(TestSignals.sine(1_000, 0.5, from, 100), from, to);

                assertThat(TestSignals.frequency(TestSignals.slice(out, to / 50, to * 4 / 50), to)).as("%d -> %d", from, to)
                        .isCloseTo(1_000.0, within(1.0));
            }
        }
    }

    @Test
    void refusesRatesWhoseRatioNeedsTooManyFilterPhases() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Resampler(16_001, 16_000))
                .withMessageContaining("16001 Hz to 16000 Hz");
        assertThatIllegalArgumentException().isThrownBy(() -> new Resampler(0, 16_000));
    }
}
