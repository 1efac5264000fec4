package ai.seiketsu.voice.engines;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.seiketsu.pipeline.SpeechToText;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What FreeTTS says, Sphinx4 hears (the default domain model), off the caller's thread, in order, within a bounded
 * queue. One engine with one decoder for the whole class: a recogniser takes seconds to load.
 */
class Sphinx4SpeechToTextTests {

    static final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    static final FreeTtsVoices voices = new FreeTtsVoices(1);
    static final FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);
    static Sphinx4SpeechToText stt;

    @BeforeAll
    static void engine() {
        stt = new Sphinx4SpeechToText(Sphinx4Settings.domain(), 1, 2, meters);
    }

    @AfterAll
    static void close() {
        stt.close();
        voices.close();
    }

    @Test
    void hearsWhatFreeTtsSays() throws InterruptedException {
        Finals finals = new Finals();
        try (SpeechToText.Stream stream = stt.open(finals)) {
            say(stream, "I'm looking for a three bedroom house.");
            say(stream, "My budget is five hundred thousand.");

            List<String> heard = finals.awaitFinals(2);
            assertThat(heard.get(0)).contains("looking", "three", "bedroom", "house");
            assertThat(heard.get(1)).contains("budget", "five hundred thousand");
            assertThat(finals.threads).doesNotContain(Thread.currentThread());
            assertThat(stt.decodersLoaded()).isEqualTo(1);
        }
    }

    @Test
    void aFullQueueDropsTheUtteranceWithAnEmptyFinalAndKeepsTheOrder() throws InterruptedException {
        double droppedBefore = meters.counter("seiketsu.stt.dropped", "engine", "sphinx4").count();
        Finals finals = new Finals();
        try (SpeechToText.Stream stream = stt.open(finals)) {
            say(stream, "Hello. I'm calling about the house on Maple Street. Is it still available?");
            await().atMost(Duration.ofSeconds(30)).until(() -> stt.queueDepth() == 0); // taken by the decoder
            // while it decodes, two wait (the queue's capacity) and the fourth finds the queue full
            for (String text : List.of("Yes please.", "No thanks.", "Okay.")) {
                say(stream, text);
            }
            List<String> heard = finals.awaitFinals(4);
            assertThat(heard.get(0)).contains("maple street");
            assertThat(heard.subList(1, 4)).containsExactly("yes please", "no thanks", "");
        }
        assertThat(meters.counter("seiketsu.stt.dropped", "engine", "sphinx4").count() - droppedBefore).isEqualTo(1);
    }

    @Test
    void anUtteranceWithoutAudioHasAnEmptyFinal() {
        Finals finals = new Finals();
        try (SpeechToText.Stream stream = stt.open(finals)) {
            stream.endUtterance();
            assertThat(finals.awaitFinals(1)).containsExactly("");
        }
    }

    @Test
    void silenceOrNoiseAsARecognisersFirstUtteranceDoesNotDeafenIt() throws InterruptedException {
        short[] noise = new short[16_000];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) (random.nextInt(601) - 300);
        }
        try (Sphinx4SpeechToText fresh = new Sphinx4SpeechToText(Sphinx4Settings.domain(), 1, 2, meters)) {
            Finals finals = new Finals();
            try (SpeechToText.Stream stream = fresh.open(finals)) {
                stream.write(new short[16_000]); // a muted microphone: a second of zeros
                stream.endUtterance();
                stream.write(noise);
                stream.endUtterance();
                say(stream, "Does it have a garage?");

                List<String> heard = finals.awaitFinals(3);
                assertThat(heard.subList(0, 2)).allSatisfy(text -> assertThat(text).isEmpty());
                assertThat(heard.get(2)).contains("garage");
            }
        }
    }

    @Test
    void aClosedStreamGetsNoMoreFinals() throws InterruptedException {
        Finals closed = new Finals();
        Finals other = new Finals();
        SpeechToText.Stream stream = stt.open(closed);
        say(stream, "Can I see it on Saturday?");
        stream.close();
        try (SpeechToText.Stream later = stt.open(other)) {
            say(later, "Yes.");
            other.awaitFinals(1); // decoded after the closed stream's utterance, by the same single decoder
        }
        assertThat(closed.texts).isEmpty();
        assertThat(closed.failures).isEmpty();
    }

    private static void say(SpeechToText.Stream stream, String text) throws InterruptedException {
        tts.synthesize(text, stream::write);
        stream.endUtterance();
    }

    static final class Finals implements SpeechToText.Listener {

        final List<String> texts = new CopyOnWriteArrayList<>();
        final List<Exception> failures = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Override
        public void partial(String text) {
        }

        @Override
        public void finalText(String text) {
            threads.add(Thread.currentThread());
            texts.add(text);
        }

        @Override
        public void failed(Exception error) {
            failures.add(error);
        }

        List<String> awaitFinals(int count) {
            await().atMost(Duration.ofSeconds(60)).until(() -> texts.size() + failures.size() >= count);
            assertThat(failures).isEmpty();
            return List.copyOf(texts);
        }
    }
}
