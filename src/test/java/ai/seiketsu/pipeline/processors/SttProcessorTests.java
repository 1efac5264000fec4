package ai.seiketsu.pipeline.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.PipelineHarness;
import ai.seiketsu.pipeline.fakes.Audio;
import ai.seiketsu.pipeline.fakes.ScriptedSpeechToText;

class SttProcessorTests {

    @Test
    void only_speech_and_a_short_pre_roll_reach_the_recogniser_and_each_utterance_gets_a_final() {
        ScriptedSpeechToText engine = new ScriptedSpeechToText(List.of("I want to buy", "in Austin"));
        Audio audio = new Audio();
        List<Frame> frames = new ArrayList<>(audio.silent(2_000));
        var first = audio.voiced(400);
        frames.add(new Frame.UserStartedSpeaking(first.getFirst().receivedNanos()));
        frames.addAll(first);
        frames.add(new Frame.UserStoppedSpeaking(first.getLast().receivedNanos()));
        frames.addAll(audio.silent(1_000));
        var second = audio.voiced(200);
        frames.add(new Frame.UserStartedSpeaking(second.getFirst().receivedNanos()));
        frames.addAll(second);
        frames.add(new Frame.UserStoppedSpeaking(second.getLast().receivedNanos()));

        PipelineHarness.Result result = PipelineHarness.run(new SttProcessor(engine), frames);

        // 300 ms pre-roll before each utterance + the utterances themselves
        assertThat(engine.samplesWritten.get()).isEqualTo((300 + 400 + 300 + 200) * 16L);
        assertThat(result.downstream(Frame.Transcript.class)).filteredOn(Frame.Transcript::isFinal)
                .extracting(Frame.Transcript::text).containsExactly("I want to buy", "in Austin");
        assertThat(result.downstream(Frame.Transcript.class)).filteredOn(t -> !t.isFinal()).isNotEmpty();
        assertThat(result.downstream(Frame.InputAudio.class)).hasSize(frames.size() - 4);
    }
}
