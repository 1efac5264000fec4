package ai.seiketsu.voice.engines;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FreeTTS speaks: real speech at 16 kHz, streamed, at the agent's speed, interruptible, several calls at once. */
class FreeTtsTextToSpeechTests {

    static final FreeTtsVoices voices = new FreeTtsVoices(2);
    static final String SENTENCE = "I'm looking for a three bedroom house.";

    @AfterAll
    static void close() {
        voices.close();
    }

    @Test
    void speaksTheTextAsSpeechAt16kHzInSeveralChunks() throws InterruptedException {
        List<short[]> chunks = new ArrayList<>();
        FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);

        assertThat(tts.synthesize(SENTENCE, chunks::add).cacheHit()).isFalse();

        short[] audio = Audio.join(chunks);
        assertThat(tts.sampleRate()).isEqualTo(16_000);
        assertThat(chunks).hasSizeGreaterThan(10); // streamed in 32 ms blocks, not handed over at the end
        // seven words at FreeTTS's 150 words a minute: about two and a half seconds
        assertThat(audio.length / 16_000.0).isBetween(1.5, 4.0);
        assertThat(Audio.rms(audio)).isGreaterThan(1_000);
        // speech read with the right byte order is smooth from one sample to the next; read byte-swapped it
        // would be noise, with neighbouring samples uncorrelated
        assertThat(Audio.neighbourCorrelation(audio)).isGreaterThan(0.6);
        assertThat(Audio.neighbourCorrelation(Audio.byteSwapped(audio))).isLessThan(0.3);
    }

    @Test
    void blankTextIsNoAudio() throws InterruptedException {
        assertThat(Audio.synthesize(new FreeTtsTextToSpeech(voices, 1.0), "  ")).isEmpty();
    }

    @Test
    void speedShortensOrLengthensTheSpeech() throws InterruptedException {
        int normal = Audio.synthesize(new FreeTtsTextToSpeech(voices, 1.0), SENTENCE).length;
        int fast = Audio.synthesize(new FreeTtsTextToSpeech(voices, 2.0), SENTENCE).length;
        int slow = Audio.synthesize(new FreeTtsTextToSpeech(voices, 0.5), SENTENCE).length;

        assertThat((double) fast / normal).isBetween(0.4, 0.75);
        assertThat((double) slow / normal).isBetween(1.4, 2.5);
    }

    @Test
    void stopsAtOnceWhenTheThreadIsInterruptedAndTheVoiceStaysUsable() throws InterruptedException {
        FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);
        String longText = "Thank you for calling. ".repeat(20);
        List<short[]> heard = new ArrayList<>();

        assertThatThrownBy(() -> tts.synthesize(longText, chunk -> {
            heard.add(chunk);
            Thread.currentThread().interrupt(); // the caller barged in after the first chunk
        })).isInstanceOf(InterruptedException.class);

        assertThat(Thread.currentThread().isInterrupted()).as("the exception carries the interruption").isFalse();
        assertThat(heard).hasSize(1);
        assertThat(Audio.synthesize(tts, SENTENCE)).isEqualTo(Audio.synthesize(tts, SENTENCE));
    }

    @Test
    void aSinkThatFailsStopsTheSynthesisWithItsException() {
        FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);

        assertThatThrownBy(() -> tts.synthesize(SENTENCE, chunk -> {
            throw new IllegalStateException("transport closed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("transport closed");
    }

    @Test
    void concurrentSynthesesSoundAsTheyDoOneAtATime() throws Exception {
        FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);
        List<String> texts = List.of(SENTENCE, "My budget is five hundred thousand.", "Can I see it on Saturday?",
                "Does it have a garage?", "We want to buy a home in Austin.", "Yes, that works for me.");
        List<short[]> alone = new ArrayList<>();
        for (String text : texts) {
            alone.add(Audio.synthesize(tts, text));
        }
        try (ExecutorService calls = Executors.newFixedThreadPool(texts.size())) {
            List<Callable<short[]>> work = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                texts.forEach(text -> work.add(() -> Audio.synthesize(tts, text)));
            }
            List<Future<short[]>> together = calls.invokeAll(work);
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).as(work.size() + " at once: " + texts.get(i % texts.size()))
                        .isEqualTo(alone.get(i % texts.size()));
            }
        }
        assertThat(voices.allocated()).isEqualTo(2);
    }

    @Test
    void capitalsChangeWhatFreeTtsSaysSoTheCacheKeepsThem() throws InterruptedException {
        FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);
        String text = "Dr. Smith on Main St. is open.";

        assertThat(Audio.synthesize(tts, text)).isNotEqualTo(Audio.synthesize(tts, text.toLowerCase()));
    }

    @Test
    void allocatingAVoicePrintsNothingButOurLog() throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (FreeTtsVoices fresh = new FreeTtsVoices(1)) {
            System.setOut(new PrintStream(printed));
            System.setErr(new PrintStream(printed));
            Audio.synthesize(new FreeTtsTextToSpeech(fresh, 1.0), SENTENCE);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        // our own log line may reach the console, in whatever format the logging has at the time
        assertThat(printed.toString().lines())
                .allSatisfy(line -> assertThat(line).contains("FreeTTS voice " + FreeTtsVoices.VOICE + " allocated"));
    }
}
