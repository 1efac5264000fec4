package ai.seiketsu.pipeline.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.PipelineHarness;
import ai.seiketsu.pipeline.audio.EnergyVad;
import ai.seiketsu.pipeline.audio.GatedVad;
import ai.seiketsu.pipeline.audio.VadAnalyzer;
import ai.seiketsu.pipeline.audio.Wav;

class VadProcessorTests {

    static List<Frame> caller(short[] pcm) {
        List<Frame> frames = new ArrayList<>();
        long clock = 0;
        for (int offset = 0; offset + 320 <= pcm.length; offset += 320) {
            frames.add(new Frame.InputAudio(java.util.Arrays.copyOfRange(pcm, offset, offset + 320), 16_000, clock));
            clock += 20_000_000L;
        }
        return frames;
    }

    static short[] recordedCaller() throws IOException {
        try (InputStream in = VadProcessorTests.class.getResourceAsStream("/audio/goforward.wav")) {
            return Wav.read(Objects.requireNonNull(in)).samples();
        }
    }

    @Test
    void a_recorded_caller_starts_and_stops_speaking_once_and_the_audio_goes_on_marked() throws IOException {
        PipelineHarness.Result result = PipelineHarness.run(
                new VadProcessor(GatedVad.withSilero(), VadAnalyzer.Settings.DEFAULTS), caller(recordedCaller()));

        List<Frame> out = result.downstream();
        assertThat(result.downstream(Frame.UserStartedSpeaking.class)).hasSize(1);
        assertThat(result.downstream(Frame.UserStoppedSpeaking.class)).hasSize(1);
        int started = out.indexOf(result.downstream(Frame.UserStartedSpeaking.class).getFirst());
        int stopped = out.indexOf(result.downstream(Frame.UserStoppedSpeaking.class).getFirst());
        assertThat(out.subList(0, started)).filteredOn(Frame.InputAudio.class::isInstance)
                .as("the audio that confirmed speech went on before the start").isNotEmpty();
        assertThat(out.subList(started, stopped)).filteredOn(f -> f instanceof Frame.InputAudio a && a.voiced())
                .hasSizeGreaterThan(30);
        long lastVoiced = result.downstream(Frame.UserStoppedSpeaking.class).getFirst().lastVoicedNanos();
        assertThat(result.downstream(Frame.InputAudio.class)).filteredOn(Frame.InputAudio::voiced)
                .extracting(Frame.InputAudio::receivedNanos).contains(lastVoiced);
        assertThat(out.subList(stopped, out.size())).filteredOn(f -> f instanceof Frame.InputAudio a && a.voiced())
                .isEmpty();
    }

    @Test
    void silence_is_never_speech_and_other_frames_pass_untouched() {
        List<Frame> frames = new ArrayList<>(caller(new short[16_000 * 2]));
        frames.add(new Frame.Greet());
        PipelineHarness.Result result = PipelineHarness.run(new VadProcessor(new EnergyVad(),
                VadAnalyzer.Settings.DEFAULTS), frames);

        assertThat(result.downstream(Frame.UserStartedSpeaking.class)).isEmpty();
        assertThat(result.downstream(Frame.InputAudio.class)).hasSize(100).noneMatch(Frame.InputAudio::voiced);
        assertThat(result.downstream()).contains(new Frame.Greet());
    }
}
