package ai.seiketsu.voice.engines;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import ai.seiketsu.pipeline.TextToSpeech.AudioSink;
import com.sun.speech.freetts.FreeTTSSpeakableImpl;
import com.sun.speech.freetts.OutputQueue;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool of allocated FreeTTS {@code kevin16} voices (16 kHz diphone voice inside the FreeTTS jar). A FreeTTS
 * {@link Voice} keeps the state of the utterance it is speaking, so one voice serves one synthesis at a time;
 * the pool lends each synthesis a voice of its own and makes a caller wait when all are lent. Voices are
 * allocated on first need (about 0.3 s and a few MB each), at most {@code size} of them.
 *
 * <p>The voice comes straight from {@link KevinVoiceDirectory} rather than through FreeTTS's
 * {@code VoiceManager}, which finds voices only through the {@code freetts.voices} system property (the jar's
 * {@code internal_voices.txt} lists none). Each voice synthesises on the calling thread: FreeTTS would otherwise
 * hand its audio to an output thread of its own, which {@link #allocate} closes.
 */
public final class FreeTtsVoices implements AutoCloseable {

    public static final String VOICE = "kevin16";
    public static final int SAMPLE_RATE = 16_000;
    /** FreeTTS's default speaking rate, words per minute. */
    static final float NOMINAL_RATE = 150f;

    private static final Logger log = LoggerFactory.getLogger(FreeTtsVoices.class);

    private final int size;
    private final BlockingQueue<Lent> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger allocated = new AtomicInteger();

    public FreeTtsVoices(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one voice");
        }
        this.size = size;
    }

    /**
     * Speaks {@code text} at {@code rate} words per minute, handing the audio to {@code sink} on this thread.
     *
     * @throws InterruptedException when the thread is interrupted while waiting for a voice or speaking
     */
    void speak(String text, float rate, AudioSink sink) throws InterruptedException {
        Lent lent = borrow();
        try {
            FreeTTSSpeakableImpl speakable = new FreeTTSSpeakableImpl(text);
            lent.voice().setRate(rate);
            lent.player().start(sink, speakable);
            lent.voice().speak(speakable);
            lent.player().finish();
        } finally {
            idle.add(lent);
        }
    }

    /** Voices allocated so far. */
    int allocated() {
        return allocated.get();
    }

    private Lent borrow() throws InterruptedException {
        Lent lent = idle.poll();
        if (lent != null) {
            return lent;
        }
        if (allocated.incrementAndGet() > size) {
            allocated.decrementAndGet();
            return idle.take();
        }
        try {
            return allocate();
        } catch (RuntimeException e) {
            allocated.decrementAndGet();
            throw e;
        }
    }

    private static Lent allocate() {
        long start = System.nanoTime();
        Voice voice = kevin16();
        StreamingAudioPlayer player = new StreamingAudioPlayer();
        voice.setAudioPlayer(player);
        voice.allocate();
        OutputQueue outputThread = voice.getOutputQueue();
        voice.setOutputQueue(null);
        outputThread.close();
        log.info("FreeTTS voice {} allocated in {} ms", VOICE, (System.nanoTime() - start) / 1_000_000);
        return new Lent(voice, player);
    }

    private static Voice kevin16() {
        for (Voice voice : new KevinVoiceDirectory().getVoices()) {
            if (VOICE.equals(voice.getName())) {
                return voice;
            }
        }
        throw new IllegalStateException("FreeTTS voice " + VOICE + " is not in the FreeTTS jar");
    }

    @Override
    public void close() {
        Lent lent;
        while ((lent = idle.poll()) != null) {
            lent.voice().deallocate();
        }
    }

    private record Lent(Voice voice, StreamingAudioPlayer player) {
    }
}
