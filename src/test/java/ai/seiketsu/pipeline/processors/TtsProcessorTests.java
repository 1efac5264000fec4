package ai.seiketsu.pipeline.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.PipelineHarness;
import ai.seiketsu.pipeline.TurnTiming;
import ai.seiketsu.pipeline.fakes.ToneTextToSpeech;

class TtsProcessorTests {

    @Test
    void a_sentence_becomes_audio_chunks_then_its_length() {
        TurnTiming timing = TurnTiming.ofCallerTurn(1, 2, 3).withFirstSentence(4);
        PipelineHarness.Result result = PipelineHarness.run(new TtsProcessor(new ToneTextToSpeech(10)),
                List.of(new Frame.AgentSentence("Sure thing.", 0, timing), new Frame.ResponseEnd(false)));

        List<Frame.OutputAudio> audio = result.downstream(Frame.OutputAudio.class);
        long samples = audio.stream().mapToLong(a -> a.pcm().length).sum();
        assertThat(samples).isEqualTo("Sure thing.".length() * 10 * 16L);
        assertThat(audio.getFirst().timing().firstAudioReadyNanos()).isGreaterThan(0);
        assertThat(audio).extracting(Frame.OutputAudio::offsetSamples).startsWith(0L, 1_600L);
        assertThat(result.downstream(Frame.SentenceDone.class)).singleElement()
                .satisfies(done -> assertThat(done.totalSamples()).isEqualTo(samples));
        assertThat(result.downstream().getLast()).isEqualTo(new Frame.ResponseEnd(false));
    }
}
