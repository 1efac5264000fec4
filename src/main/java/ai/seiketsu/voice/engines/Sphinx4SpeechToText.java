package ai.seiketsu.voice.engines;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ai.seiketsu.pipeline.SpeechToText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognition by CMU Sphinx4, one final transcript per utterance (no partials). Decoding never runs on the
 * caller's thread: utterances wait in one bounded queue shared by all calls for one of {@code decoders} decoder
 * threads, each of which owns a recogniser, allocated when the thread first decodes and reused for as long as
 * the engine lives. When the queue is full an utterance is not decoded at all: its final is the empty string,
 * with a warning and the counter {@code seiketsu.stt.dropped}, so that a burst of calls costs recognitions, never
 * memory. Finals of one stream arrive in the order of their utterances, on a thread of the engine's (a virtual
 * one), never the caller's.
 */
public final class Sphinx4SpeechToText implements SpeechToText, AutoCloseable {

    public static final String ENGINE = "sphinx4";
    public static final int SAMPLE_RATE = 16_000;
    /** Audio of one utterance beyond this is not kept (the voice activity detector ends turns long before). */
    static final int MAX_UTTERANCE_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(Sphinx4SpeechToText.class);

    private final Sphinx4Settings settings;
    private final int decoders;
    private final ThreadPoolExecutor decoding;
    private final ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor();
    private final ThreadLocal<Sphinx4Decoder> decoder = ThreadLocal.withInitial(this::newDecoder);
    private final AtomicInteger loaded = new AtomicInteger();
    private final Counter dropped;
    private final Timer decodeTime;

    /**
     * @param decoders      decoder threads, each with its own recogniser (hundreds of MB with the stock model)
     * @param queueCapacity utterances that may wait for a decoder; more are dropped
     */
    public Sphinx4SpeechToText(Sphinx4Settings settings, int decoders, int queueCapacity, MeterRegistry meters) {
        if (decoders < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("at least one decoder and one queue place");
        }
        this.settings = settings;
        this.decoders = decoders;
        AtomicInteger threads = new AtomicInteger();
        this.decoding = new ThreadPoolExecutor(decoders, decoders, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity),
                task -> Thread.ofPlatform().daemon().name("sphinx4-decoder-" + threads.incrementAndGet()).unstarted(task));
        this.dropped = Counter.builder("seiketsu.stt.dropped").tag("engine", ENGINE)
                .description("Utterances not decoded because the decoder queue was full (their final is empty)")
                .register(meters);
        this.decodeTime = Timer.builder("seiketsu.stt.decode").tag("engine", ENGINE)
                .description("Time to decode one utterance").register(meters);
        Gauge.builder("seiketsu.stt.queue", decoding, d -> d.getQueue().size()).tag("engine", ENGINE)
                .description("Utterances waiting for a decoder").register(meters);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public Stream open(Listener listener) {
        return new Sphinx4Stream(this, listener);
    }

    /** Decoder threads at most. */
    public int decoders() {
        return decoders;
    }

    /** Recognisers allocated so far. */
    public int decodersLoaded() {
        return loaded.get();
    }

    /** Utterances waiting for a decoder now. */
    public int queueDepth() {
        return decoding.getQueue().size();
    }

    public String languageModel() {
        return settings.languageModel();
    }

    /** The transcript of {@code pcm} (16-bit little-endian), later; empty at once when the queue is full. */
    CompletableFuture<String> decode(byte[] pcm, Sphinx4Stream stream) {
        try {
            return CompletableFuture.supplyAsync(() -> stream.closed() ? "" : decodeNow(pcm), decoding);
        } catch (RejectedExecutionException e) {
            dropped.increment();
            log.warn("Speech recognition queue full ({} waiting for {} decoders): an utterance of {} s is not decoded",
                    decoding.getQueue().size(), decoders, Math.round(pcm.length / 2.0 / SAMPLE_RATE * 10) / 10.0);
            return CompletableFuture.completedFuture("");
        }
    }

    /** Runs a listener callback on the engine's callback threads. */
    ExecutorService callbacks() {
        return callbacks;
    }

    private String decodeNow(byte[] pcm) {
        long start = System.nanoTime();
        String text = decoder.get().decode(pcm);
        decodeTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return text;
    }

    private Sphinx4Decoder newDecoder() {
        long start = System.nanoTime();
        Sphinx4Decoder fresh = new Sphinx4Decoder(settings, SAMPLE_RATE);
        log.info("Sphinx4 recogniser {} of {} loaded in {} ms ({})", loaded.incrementAndGet(), decoders,
                (System.nanoTime() - start) / 1_000_000, settings.languageModel());
        return fresh;
    }

    @Override
    public void close() {
        decoding.shutdownNow();
        callbacks.shutdownNow();
    }
}
