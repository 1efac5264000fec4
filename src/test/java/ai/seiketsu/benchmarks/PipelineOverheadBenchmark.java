package ai.seiketsu.benchmarks;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor.Direction;
import ai.seiketsu.pipeline.Pipeline;
import ai.seiketsu.pipeline.Responder;
import ai.seiketsu.pipeline.TurnTiming;
import ai.seiketsu.pipeline.audio.EnergyVad;
import ai.seiketsu.pipeline.audio.VadAnalyzer;
import ai.seiketsu.pipeline.audio.Wav;
import ai.seiketsu.pipeline.fakes.ScriptedSpeechToText;
import ai.seiketsu.pipeline.fakes.ToneTextToSpeech;
import ai.seiketsu.pipeline.processors.OutputPacer;
import ai.seiketsu.pipeline.processors.ResponderProcessor;
import ai.seiketsu.pipeline.processors.SttProcessor;
import ai.seiketsu.pipeline.processors.TtsProcessor;
import ai.seiketsu.pipeline.processors.TurnTaking;
import ai.seiketsu.pipeline.processors.VadProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pipeline itself adds to a turn: every stage (voice activity, recognition, turn taking, responder,
 * synthesis, pacer) with instant fake engines, a recorded caller turn fed faster than real time, and the time
 * from the end-of-turn decision to the first agent audio frame sent ({@code responseMs − endpointMs}; the engines
 * take no time, so all of it is queues, threads and stage code). Bar: p99 under 5 ms. Run:
 * {@code ./mvnw verify -Pbenchmark -Dtest=PipelineOverheadBenchmark}.
 */
@Tag("benchmark")
class PipelineOverheadBenchmark {

    @Test
    void addedPerTurn() throws Exception {
        short[] caller;
        try (InputStream in = getClass().getResourceAsStream("/audio/goforward.wav")) {
            caller = Wav.read(Objects.requireNonNull(in)).samples();
        }
        short[] silence = new short[16 * 700];
        List<String> script = Collections.nCopies(10_000, "go forward ten meters");
        Responder instant = new Responder() {
            @Override
            public void greet(Sentences out) {
            }

            @Override
            public void respond(String callerText, Sentences out) throws InterruptedException {
                out.sentence("Okay.");
                out.sentence("Anything else?");
            }
        };
        LinkedBlockingQueue<TurnTiming> turns = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Boolean> replies = new LinkedBlockingQueue<>();
        Pipeline pipeline = Pipeline.of(List.of(
                new VadProcessor(new EnergyVad(), VadAnalyzer.Settings.DEFAULTS),
                new SttProcessor(new ScriptedSpeechToText(script)),
                new TurnTaking(Duration.ofMillis(500), Duration.ofMillis(200)),
                new ResponderProcessor(instant),
                new TtsProcessor(new ToneTextToSpeech(1)),
                new OutputPacer(16_000, Duration.ofMillis(20), Duration.ZERO, 1_000)), (from, frame, direction) -> {
                    if (frame instanceof Frame.TurnMetrics metrics) {
                        turns.add(metrics.timing());
                    }
                }, (frame, direction) -> {
                    if (frame instanceof Frame.ResponseEnd && direction == Direction.DOWNSTREAM) {
                        replies.add(true);
                    }
                }).start();

        Percentiles processing = new Percentiles();
        int warmup = 300;
        int measured = 2_000;
        for (int turn = 0; turn < warmup + measured; turn++) {
            send(pipeline, caller);
            send(pipeline, silence);
            TurnTiming timing = turns.poll(10, TimeUnit.SECONDS);
            assertThat(timing).as("turn " + turn + " answered").isNotNull();
            assertThat(replies.poll(10, TimeUnit.SECONDS)).isNotNull();
            if (turn >= warmup) {
                // responseMs - endpointMs = (sent - last voiced) - (decision - last voiced) = sent - decision
                processing.add(timing.firstAudioSentNanos() - timing.endOfTurnNanos());
            }
        }
        pipeline.close();

        String report = String.format(Locale.ROOT, """
                Pipeline overhead per turn, instant fake engines, %d turns after %d warm-up (JDK %s, %d cores)
                  responseMs - endpointMs: %s
                """, measured, warmup, Runtime.version().feature(), Runtime.getRuntime().availableProcessors(),
                processing.summary());
        Percentiles.write("pipeline-overhead", report);
        assertThat(processing.percentile(50)).isGreaterThanOrEqualTo(0);
    }

    private static void send(Pipeline pipeline, short[] pcm) {
        long clock = System.nanoTime();
        List<short[]> frames = new ArrayList<>();
        for (int offset = 0; offset + 320 <= pcm.length; offset += 320) {
            frames.add(java.util.Arrays.copyOfRange(pcm, offset, offset + 320));
        }
        for (short[] frame : frames) {
            pipeline.send(new Frame.InputAudio(frame, 16_000, clock));
        }
    }
}
