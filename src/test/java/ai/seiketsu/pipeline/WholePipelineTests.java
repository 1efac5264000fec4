package ai.seiketsu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.FrameProcessor.Direction;
import ai.seiketsu.pipeline.audio.GatedVad;
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

/**
 * Every stage together, with a real voice (a recorded caller saying "go forward ten meters"), the Silero voice
 * activity detector, and instant fake engines for recognition and speech.
 */
class WholePipelineTests {

    static short[] speech;

    @BeforeAll
    static void loadCaller() throws IOException {
        try (InputStream in = WholePipelineTests.class.getResourceAsStream("/audio/goforward.wav")) {
            speech = Wav.read(Objects.requireNonNull(in)).samples();
        }
    }

    /** A caller line: noise, the recorded speech, noise; fed as 20 ms frames. */
    static List<short[]> frames(short[] pcm) {
        List<short[]> frames = new ArrayList<>();
        for (int offset = 0; offset + 320 <= pcm.length; offset += 320) {
            frames.add(java.util.Arrays.copyOfRange(pcm, offset, offset + 320));
        }
        return frames;
    }

    static short[] quiet(int millis) {
        short[] pcm = new short[millis * 16];
        java.util.Random random = new java.util.Random(millis);
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (random.nextGaussian() * 20);
        }
        return pcm;
    }

    final List<Frame> seen = new CopyOnWriteArrayList<>();
    final java.util.Set<Frame> seenOnce = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    final List<Frame> out = new CopyOnWriteArrayList<>();
    record Sent(long atNanos, String sentence) {
    }

    final List<Sent> audioSent = new CopyOnWriteArrayList<>();
    volatile long interruptedAt;

    Pipeline pipeline(Responder responder, int ttsMillisPerChar, double pace) {
        return Pipeline.of(List.of(
                new VadProcessor(GatedVad.withSilero(), VadAnalyzer.Settings.DEFAULTS),
                new SttProcessor(new ScriptedSpeechToText(List.of("go forward ten meters", "stop"))),
                new TurnTaking(Duration.ofMillis(500), Duration.ofMillis(200)),
                new ResponderProcessor(responder),
                new TtsProcessor(new ToneTextToSpeech(ttsMillisPerChar)),
                new OutputPacer(16_000, Duration.ofMillis(20), Duration.ZERO, pace)), (from, frame, direction) -> {
                    if (seenOnce.add(frame)) {
                        seen.add(frame); // a frame passed on by later stages is the same object
                    }
                    if (frame instanceof Frame.Interruption) {
                        interruptedAt = System.nanoTime();
                    }
                }, (frame, direction) -> {
                    if (direction == Direction.DOWNSTREAM) {
                        out.add(frame);
                        if (frame instanceof Frame.OutputAudio audio) {
                            audioSent.add(new Sent(System.nanoTime(), audio.sentence()));
                        }
                    }
                });
    }

    void feed(Pipeline pipeline, short[] pcm, double speed) throws InterruptedException {
        long frameNanos = (long) (20_000_000 / speed);
        long next = System.nanoTime();
        for (short[] frame : frames(pcm)) {
            pipeline.send(new Frame.InputAudio(frame, 16_000, System.nanoTime()));
            next += frameNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    <T extends Frame> List<T> seen(Class<T> type) {
        return seen.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void a_caller_turn_becomes_a_reply_spoken_with_its_timings() throws Exception {
        Responder echo = new Responder() {
            @Override
            public void greet(Sentences sentences) throws InterruptedException {
                sentences.sentence("Hello.");
            }

            @Override
            public void respond(String callerText, Sentences sentences) throws InterruptedException {
                sentences.sentence("You said " + callerText + ".");
                sentences.sentence("Anything else?");
            }
        };
        try (Pipeline pipeline = pipeline(echo, 10, 8).start()) {
            pipeline.send(new Frame.Greet());
            feed(pipeline, quiet(500), 10);
            feed(pipeline, speech, 10);
            feed(pipeline, quiet(1_000), 10);

            Frame.TurnMetrics metrics = Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> seen(Frame.TurnMetrics.class).stream().findFirst().orElse(null), m -> m != null);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> out.stream().filter(Frame.ResponseEnd.class::isInstance).count() == 2);

            assertThat(seen(Frame.UserStartedSpeaking.class)).hasSize(1);
            assertThat(seen(Frame.UserTurn.class)).extracting(Frame.UserTurn::text)
                    .containsExactly("go forward ten meters");
            assertThat(seen(Frame.AgentSentence.class)).extracting(Frame.AgentSentence::text)
                    .containsExactly("Hello.", "You said go forward ten meters.", "Anything else?");
            TurnTiming timing = metrics.timing();
            assertThat(timing.endpointMillis()).isPositive();
            assertThat(timing.responseMillis()).isGreaterThanOrEqualTo(timing.endpointMillis());
            assertThat(timing.firstSentenceNanos()).isGreaterThan(timing.endOfTurnNanos());
            assertThat(timing.firstAudioSentNanos()).isGreaterThanOrEqualTo(timing.firstAudioReadyNanos());
            long agentSamples = out.stream().filter(Frame.OutputAudio.class::isInstance)
                    .mapToLong(f -> ((Frame.OutputAudio) f).pcm().length).sum();
            assertThat(agentSamples).isEqualTo(("Hello.".length() + "You said go forward ten meters.".length()
                    + "Anything else?".length()) * 10 * 16L);
        }
    }

    @Test
    void caller_speech_over_the_agent_stops_it_within_a_frame_and_only_heard_words_are_kept() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        String longReply = "We have several homes that might suit you, including a three bedroom house near the park "
                + "with a large garden and a two car garage.";
        Responder talker = new Responder() {
            @Override
            public void greet(Sentences sentences) throws InterruptedException {
                sentences.sentence(longReply);
            }

            @Override
            public void respond(String callerText, Sentences sentences) throws InterruptedException {
                sentences.sentence("Sure.");
            }

            @Override
            public void interrupted(String heardText) {
                heard.add(heardText);
            }
        };
        try (Pipeline pipeline = pipeline(talker, 60, 1).start()) {
            pipeline.send(new Frame.Greet());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !seen(Frame.BotStartedSpeaking.class).isEmpty());
            feed(pipeline, quiet(500), 1);
            feed(pipeline, speech, 1);

            assertThat(seen(Frame.Interruption.class)).hasSize(1);
            long afterInterruption = audioSent.stream()
                    .filter(sent -> sent.atNanos() > interruptedAt && sent.sentence().equals(longReply)).count();
            assertThat(afterInterruption).as("agent frames sent after the interruption").isLessThanOrEqualTo(1);
            Frame.BotInterrupted interrupted = seen(Frame.BotInterrupted.class).getFirst();
            assertThat(interrupted.heardText()).isNotBlank().isNotEqualTo(longReply);
            assertThat(longReply).startsWith(interrupted.heardText());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
            assertThat(heard).containsExactly(interrupted.heardText());

            feed(pipeline, quiet(800), 4);
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> seen(Frame.UserTurn.class).size() == 1);
            assertThat(seen(Frame.UserTurn.class).getFirst().text()).isEqualTo("go forward ten meters");
        }
    }

    @Test
    void a_short_burst_over_the_agent_does_not_stop_it() throws Exception {
        Responder talker = new Responder() {
            @Override
            public void greet(Sentences sentences) throws InterruptedException {
                sentences.sentence("We have several homes that might suit you, near the park and the schools.");
            }

            @Override
            public void respond(String callerText, Sentences sentences) throws InterruptedException {
                sentences.sentence("Sure.");
            }
        };
        // 150 ms of the recorded voice, from the middle of a word
        int from = 16 * 1_750;
        short[] burst = java.util.Arrays.copyOfRange(speech, from, from + 150 * 16);
        try (Pipeline pipeline = pipeline(talker, 60, 1).start()) {
            pipeline.send(new Frame.Greet());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !seen(Frame.BotStartedSpeaking.class).isEmpty());
            feed(pipeline, quiet(300), 1);
            feed(pipeline, burst, 1);
            feed(pipeline, quiet(800), 1);

            assertThat(seen(Frame.UserStartedSpeaking.class)).as("the burst is heard as voice").hasSize(1);
            assertThat(seen(Frame.Interruption.class)).isEmpty();
            assertThat(seen(Frame.UserTurn.class)).isEmpty();
        }
    }
}
