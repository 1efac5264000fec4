package ai.seiketsu.pipeline.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.PipelineHarness;
import ai.seiketsu.pipeline.TurnTiming;

class OutputPacerTests {

    private static Frame.OutputAudio audio(int index, String sentence, int millis, TurnTiming timing) {
        return new Frame.OutputAudio(new short[millis * 16], 16_000, index, sentence, 0, timing);
    }

    @Test
    void plays_out_in_frames_no_faster_than_real_time_and_reports_the_turn_once() {
        TurnTiming timing = TurnTiming.ofCallerTurn(1, 2, 3).withFirstSentence(4).withFirstAudioReady(5);
        try (PipelineHarness harness = PipelineHarness.start(
                new OutputPacer(16_000, Duration.ofMillis(20), Duration.ZERO, 1.0))) {
            long started = System.nanoTime();
            harness.send(audio(0, "One.", 300, timing)).send(new Frame.SentenceDone(0, "One.", 4_800, false))
                    .send(audio(1, "Two.", 200, timing)).send(new Frame.SentenceDone(1, "Two.", 3_200, false))
                    .send(new Frame.ResponseEnd(false));
            harness.awaitDownstream(Frame.ResponseEnd.class);
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(elapsedMillis).as("500 ms of audio cannot be sent faster").isGreaterThanOrEqualTo(480);
            assertThat(harness.downstream(Frame.OutputAudio.class)).hasSize(25)
                    .allSatisfy(frame -> assertThat(frame.pcm()).hasSize(320));
            assertThat(harness.downstream(Frame.TurnMetrics.class)).singleElement()
                    .satisfies(m -> assertThat(m.timing().firstAudioSentNanos()).isGreaterThan(0));
            assertThat(harness.downstream(Frame.BotStartedSpeaking.class)).hasSize(1);
            assertThat(harness.upstream(Frame.BotStoppedSpeaking.class)).hasSize(1);
            assertThat(harness.downstream()).last().isEqualTo(new Frame.ResponseEnd(false));
        }
    }

    @Test
    void an_interruption_stops_at_the_next_frame_and_reports_only_the_words_heard() {
        String first = "Hello there.";
        String second = "We have three homes in Austin under five hundred thousand.";
        try (PipelineHarness harness = PipelineHarness.start(
                new OutputPacer(16_000, Duration.ofMillis(20), Duration.ZERO, 1.0))) {
            harness.send(audio(0, first, 200, TurnTiming.NONE))
                    .send(new Frame.SentenceDone(0, first, 3_200, false))
                    .send(audio(1, second, 2_000, TurnTiming.NONE))
                    .send(new Frame.SentenceDone(1, second, 32_000, false)).send(new Frame.ResponseEnd(false));
            harness.awaitDownstream(Frame.OutputAudio.class, a -> a.index() == 1 && a.offsetSamples() >= 8_000);

            harness.send(new Frame.Interruption());
            Frame.BotInterrupted interrupted = harness.awaitUpstream(Frame.BotInterrupted.class);
            int framesAtInterruption = harness.downstream(Frame.OutputAudio.class).size();

            assertThat(interrupted.heardText()).startsWith("Hello there. We have").isNotEqualTo(first + " " + second);
            assertThat(second).startsWith(interrupted.heardText().substring(first.length() + 1));
            harness.awaitDownstream(Frame.BotStoppedSpeaking.class);
            harness.send(new Frame.Greet()); // anything after: the pacer is still alive
            harness.awaitDownstream(Frame.Greet.class);
            assertThat(harness.downstream(Frame.OutputAudio.class).size()).isLessThanOrEqualTo(framesAtInterruption + 1);
            assertThat(harness.downstream(Frame.ResponseEnd.class)).isEmpty();
        }
    }
}
