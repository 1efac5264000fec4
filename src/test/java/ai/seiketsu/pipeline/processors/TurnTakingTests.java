package ai.seiketsu.pipeline.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.PipelineHarness;
import ai.seiketsu.pipeline.fakes.Audio;

class TurnTakingTests {

    private final Audio audio = new Audio();

    private TurnTaking turnTaking() {
        return new TurnTaking(Duration.ofMillis(500), Duration.ofMillis(200));
    }

    private void utterance(PipelineHarness harness, int voicedMillis) {
        var voiced = audio.voiced(voicedMillis);
        harness.send(new Frame.UserStartedSpeaking(voiced.getFirst().receivedNanos()));
        voiced.forEach(harness::send);
        harness.send(new Frame.UserStoppedSpeaking(voiced.getLast().receivedNanos()));
    }

    @Test
    void a_turn_ends_after_the_silence_and_waits_for_its_final_transcript() {
        try (PipelineHarness harness = PipelineHarness.start(turnTaking())) {
            utterance(harness, 400);
            audio.silent(600).forEach(harness::send);
            Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2))
                    .until(() -> harness.downstream(Frame.UserTurn.class).isEmpty());

            harness.send(new Frame.Transcript("three bedrooms in Austin", true, System.nanoTime()));

            Frame.UserTurn turn = harness.awaitDownstream(Frame.UserTurn.class);
            assertThat(turn.text()).isEqualTo("three bedrooms in Austin");
            assertThat(turn.timing().answersCaller()).isTrue();
            assertThat(turn.timing().endOfTurnNanos()).isGreaterThan(0);
            assertThat(harness.downstream(Frame.InputAudio.class)).as("caller audio stops here").isEmpty();
        }
    }

    @Test
    void less_silence_than_the_setting_does_not_end_the_turn_and_speech_that_resumes_extends_it() {
        try (PipelineHarness harness = PipelineHarness.start(turnTaking())) {
            utterance(harness, 300);
            audio.silent(300).forEach(harness::send);
            harness.send(new Frame.Transcript("my budget is", true, System.nanoTime()));
            utterance(harness, 300);
            harness.send(new Frame.Transcript("five hundred thousand", true, System.nanoTime()));
            Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2))
                    .until(() -> harness.downstream(Frame.UserTurn.class).isEmpty());

            audio.silent(520).forEach(harness::send);

            assertThat(harness.awaitDownstream(Frame.UserTurn.class).text())
                    .isEqualTo("my budget is five hundred thousand");
        }
    }

    @Test
    void an_utterance_that_is_heard_as_nothing_makes_no_turn() {
        try (PipelineHarness harness = PipelineHarness.start(turnTaking())) {
            utterance(harness, 300);
            harness.send(new Frame.Transcript("", true, System.nanoTime()));
            audio.silent(600).forEach(harness::send);
            utterance(harness, 300);
            harness.send(new Frame.Transcript("hello", true, System.nanoTime()));
            audio.silent(600).forEach(harness::send);

            assertThat(harness.awaitDownstream(Frame.UserTurn.class).text()).isEqualTo("hello");
            assertThat(harness.downstream(Frame.UserTurn.class)).hasSize(1);
        }
    }

    @Test
    void caller_speech_over_the_agent_interrupts_once_it_holds_enough_voice() {
        try (PipelineHarness harness = PipelineHarness.start(turnTaking())) {
            harness.sendUpstream(new Frame.BotStartedSpeaking());
            var voiced = audio.voiced(400);
            harness.send(new Frame.UserStartedSpeaking(voiced.getFirst().receivedNanos()));
            voiced.subList(0, 9).forEach(harness::send); // 180 ms
            Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2))
                    .until(() -> harness.downstream(Frame.Interruption.class).isEmpty());

            harness.send(voiced.get(9)); // 200 ms
            harness.awaitDownstream(Frame.Interruption.class);

            voiced.subList(10, voiced.size()).forEach(harness::send);
            harness.send(new Frame.UserStoppedSpeaking(voiced.getLast().receivedNanos()));
            harness.sendUpstream(new Frame.BotStoppedSpeaking());
            harness.send(new Frame.Transcript("wait I meant Dallas", true, System.nanoTime()));
            audio.silent(600).forEach(harness::send);

            assertThat(harness.awaitDownstream(Frame.UserTurn.class).text()).isEqualTo("wait I meant Dallas");
            assertThat(harness.downstream(Frame.Interruption.class)).hasSize(1);
        }
    }

    @Test
    void a_short_burst_over_the_agent_neither_interrupts_nor_makes_a_turn() {
        try (PipelineHarness harness = PipelineHarness.start(turnTaking())) {
            harness.sendUpstream(new Frame.BotStartedSpeaking());
            utterance(harness, 150);
            harness.send(new Frame.Transcript("mm-hmm", true, System.nanoTime()));
            audio.silent(600).forEach(harness::send);
            harness.sendUpstream(new Frame.BotStoppedSpeaking());
            utterance(harness, 300);
            harness.send(new Frame.Transcript("yes please", true, System.nanoTime()));
            audio.silent(600).forEach(harness::send);

            assertThat(harness.awaitDownstream(Frame.UserTurn.class).text()).isEqualTo("yes please");
            assertThat(harness.downstream(Frame.Interruption.class)).isEmpty();
            assertThat(harness.downstream(Frame.UserTurn.class)).hasSize(1);
        }
    }
}
