package ai.seiketsu.pipeline.audio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import ai.seiketsu.pipeline.audio.VadAnalyzer.Change;
import ai.seiketsu.pipeline.audio.VadAnalyzer.Result;
import ai.seiketsu.pipeline.audio.VadAnalyzer.Settings;
import ai.seiketsu.pipeline.audio.VadAnalyzer.SpeechStarted;
import ai.seiketsu.pipeline.audio.VadAnalyzer.SpeechStopped;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VadAnalyzerTests {

    /** Samples per millisecond at 16 kHz. */
    private static final int MS = 16;

    @Test
    void startsAfter64MsOfVoiceAndStopsAfterAbout200MsWithout() {
        short[] call = burst(1_024, 400, 1_000);

        List<Change> changes = analyze(new VadAnalyzer(new LoudnessDetector()), call, call.length).changes();

        // 400 ms of voice from 1,024 ms covers frames up to 1,440 ms; stopping takes 7 frames (224 ms)
        assertThat(changes).containsExactly(new SpeechStarted(1_024 * MS, 1_088 * MS),
                new SpeechStopped(1_440 * MS, 1_664 * MS));
    }

    @Test
    void aBurstOf150MsAlsoCountsAsSpeechButEndsSooner() {
        short[] call = burst(1_024, 150, 1_000);

        List<Change> changes = analyze(new VadAnalyzer(new LoudnessDetector()), call, call.length).changes();

        assertThat(changes).containsExactly(new SpeechStarted(1_024 * MS, 1_088 * MS),
                new SpeechStopped(1_184 * MS, 1_408 * MS));
    }

    @Test
    void aLongerStartHysteresisIgnores150MsButNot400Ms() {
        Settings patient = new Settings(0.5f, Duration.ofMillis(200), 0.35f, Duration.ofMillis(200));
        short[] shortBurst = burst(1_024, 150, 1_000);
        short[] longBurst = burst(1_024, 400, 1_000);

        Result afterShort = analyze(new VadAnalyzer(new LoudnessDetector(), patient), shortBurst, 320);
        Result afterLong = analyze(new VadAnalyzer(new LoudnessDetector(), patient), longBurst, 320);

        assertThat(afterShort.changes()).isEmpty();
        assertThat(afterShort.lastVoicedEnd()).hasValue(1_184 * MS);
        assertThat(afterLong.changes()).containsExactly(new SpeechStarted(1_024 * MS, 1_248 * MS),
                new SpeechStopped(1_440 * MS, 1_664 * MS));
    }

    @Test
    void aPauseShorterThanTheStopHysteresisDoesNotEndTheSpeech() {
        short[] call = TestSignals.concat(burst(1_024, 320, 0), TestSignals.silence(16_000, 160),
                TestSignals.vowel(150, -20, 16_000, 320), TestSignals.silence(16_000, 1_000));

        List<Change> changes = analyze(new VadAnalyzer(new LoudnessDetector()), call, 320).changes();

        assertThat(changes).extracting(Change::getClass).containsExactly(SpeechStarted.class, SpeechStopped.class);
    }

    @Test
    void reportsTheSameChangesWhateverTheChunkSize() {
        short[] call = TestSignals.concat(burst(500, 150, 300), burst(0, 700, 2_000));
        List<Change> oneChunk = analyze(new VadAnalyzer(new LoudnessDetector()), call, call.length).changes();

        for (int chunk : new int[] { 1, 7, 160, 320, 512, 1_600, 4_000 }) {
            assertThat(analyze(new VadAnalyzer(new LoudnessDetector()), call, chunk).changes()).as("chunks of %d", chunk)
                    .isEqualTo(oneChunk).hasSize(4);
        }
    }

    @Test
    void keepsStartingAndStoppingApartWithTwoThresholds() {
        // 0.4 is below the start threshold and above the stop threshold: it neither starts nor stops speech
        ScriptedDetector script = new ScriptedDetector(0.4f, 0.4f, 0.4f, 0.9f, 0.9f, 0.4f, 0.4f, 0.4f, 0.4f, 0.4f,
                0.4f, 0.4f, 0.4f, 0.3f, 0.3f, 0.3f, 0.3f, 0.3f, 0.3f, 0.3f);
        VadAnalyzer analyzer = new VadAnalyzer(script);

        List<Change> changes = analyzer.analyze(new short[20 * 512]).changes();

        assertThat(changes).containsExactly(new SpeechStarted(3 * 512, 5 * 512), new SpeechStopped(13 * 512, 20 * 512));
    }

    @Test
    void tellsHowFarItHasAnalysedAndWhereVoiceWasLastHeard() {
        VadAnalyzer analyzer = new VadAnalyzer(new LoudnessDetector());

        Result beforeVoice = analyzer.analyze(TestSignals.silence(16_000, 100));
        Result voice = analyzer.analyze(TestSignals.vowel(150, -20, 16_000, 108));
        Result afterVoice = analyzer.analyze(TestSignals.silence(16_000, 100));

        assertThat(beforeVoice.analyzed()).isEqualTo(3 * 512); // 1,600 samples: 3 whole frames, 64 wait
        assertThat(beforeVoice.lastVoicedEnd()).isEmpty();
        assertThat(beforeVoice.speaking()).isFalse();
        assertThat(voice.speaking()).isTrue();
        assertThat(voice.lastVoicedEnd()).hasValue(6 * 512);
        assertThat(afterVoice.changes()).isEmpty();
        assertThat(afterVoice.analyzed()).isEqualTo(9 * 512);
        assertThat(afterVoice.lastVoicedEnd()).hasValue(7 * 512); // the voice ended inside frame 6
        assertThat(afterVoice.speaking()).isTrue();
    }

    @Test
    void startsOverOnReset() {
        ScriptedDetector script = new ScriptedDetector(0.9f, 0.9f, 0.9f);
        VadAnalyzer analyzer = new VadAnalyzer(script);
        analyzer.analyze(new short[3 * 512 + 100]);

        analyzer.reset();
        Result afterReset = analyzer.analyze(new short[512]);

        assertThat(script.resets).isEqualTo(1);
        assertThat(afterReset.analyzed()).isEqualTo(512);
        assertThat(afterReset.lastVoicedEnd()).isEqualTo(OptionalLong.empty());
        assertThat(analyzer.speaking()).isFalse();
    }

    @Test
    void findsTheSpokenWordsOfARealRecordingInTelephonyPackets() {
        short[] call = TestSignals.concat(TestSignals.silence(16_000, 1_000), TestSignals.resource("goforward.wav"),
                TestSignals.silence(16_000, 1_000));

        List<Change> changes;
        try (GatedVad vad = GatedVad.withSilero()) {
            changes = analyze(new VadAnalyzer(vad), call, 320).changes(); // 20 ms packets
        }

        // the words run from about 1.5 s to 3.2 s; the pause between "forward" and "ten" does not split them
        assertThat(changes).hasSize(2);
        SpeechStarted started = (SpeechStarted) changes.get(0);
        SpeechStopped stopped = (SpeechStopped) changes.get(1);
        assertThat(started.speechFrom()).isBetween(1_400L * MS, 1_600L * MS);
        assertThat(stopped.speechUntil()).isBetween(3_000L * MS, 3_400L * MS);
        assertThat(stopped.decidedAt() - stopped.speechUntil()).isEqualTo(7 * 512);
    }

    @Test
    void refusesThresholdsThatCannotWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Settings(0.3f, Duration.ofMillis(64), 0.5f, Duration.ofMillis(200)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Settings(0.5f, Duration.ofMillis(-1), 0.35f, Duration.ofMillis(200)));
    }

    /** Silence, a vowel-like burst, silence; lengths in milliseconds. */
    private static short[] burst(int silenceBefore, int voice, int silenceAfter) {
        return TestSignals.concat(TestSignals.silence(16_000, silenceBefore), TestSignals.vowel(150, -20, 16_000, voice),
                TestSignals.silence(16_000, silenceAfter));
    }

    /** Feeds the signal in chunks of the given size; collects the changes, returns the last result with all of them. */
    private static Result analyze(VadAnalyzer analyzer, short[] signal, int chunkSize) {
        List<Change> changes = new ArrayList<>();
        Result last = null;
        for (int at = 0; at < signal.length; at += chunkSize) {
            last = analyzer.analyze(TestSignals.slice(signal, at, Math.min(signal.length, at + chunkSize)));
            changes.addAll(last.changes());
        }
        assertThat(last).isNotNull();
        return new Result(changes, last.speaking(), last.analyzed(), last.lastVoicedEnd());
    }

    /** Voice is any frame louder than -50 dBFS: makes the timings of the tests exact. */
    private static final class LoudnessDetector implements VoiceActivityDetector {

        @Override
        public float speechProbability(short[] frame) {
            return Pcm16.dbfs(frame) > -50 ? 0.9f : 0.05f;
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }
    }

    /** Answers the given probabilities, one per frame, then 0. */
    private static final class ScriptedDetector implements VoiceActivityDetector {

        private final float[] script;
        private int next;
        int resets;

        ScriptedDetector(float... script) {
            this.script = script;
        }

        @Override
        public float speechProbability(short[] frame) {
            return next < script.length ? script[next++] : 0f;
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public void close() {
        }
    }
}
