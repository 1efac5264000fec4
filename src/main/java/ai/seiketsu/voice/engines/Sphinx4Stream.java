package ai.seiketsu.voice.engines;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import ai.seiketsu.pipeline.SpeechToText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's recognition: collects an utterance's audio, hands it to the engine's decoders at
 * {@link #endUtterance()}, and delivers the finals in utterance order (each waits for the one before it, even
 * when two decoders finish them the other way round).
 */
final class Sphinx4Stream implements SpeechToText.Stream {

    private static final Logger log = LoggerFactory.getLogger(Sphinx4Stream.class);
    private static final int MAX_BYTES = Sphinx4SpeechToText.MAX_UTTERANCE_SECONDS * Sphinx4SpeechToText.SAMPLE_RATE * 2;

    private final Sphinx4SpeechToText engine;
    private final SpeechToText.Listener listener;
    private final Object delivery = new Object();
    private ByteArrayOutputStream utterance = new ByteArrayOutputStream();
    private boolean truncated;
    private CompletableFuture<Void> delivered = CompletableFuture.completedFuture(null);
    private volatile boolean closed;

    Sphinx4Stream(Sphinx4SpeechToText engine, SpeechToText.Listener listener) {
        this.engine = engine;
        this.listener = listener;
    }

    @Override
    public void write(short[] pcm) {
        if (closed) {
            return;
        }
        int room = (MAX_BYTES - utterance.size()) / 2;
        if (pcm.length > room && !truncated) {
            truncated = true;
            log.warn("Utterance longer than {} s: the rest is not recognised", Sphinx4SpeechToText.MAX_UTTERANCE_SECONDS);
        }
        byte[] bytes = Pcm.littleEndian(pcm);
        utterance.write(bytes, 0, Math.min(bytes.length, room * 2));
    }

    @Override
    public void endUtterance() {
        if (closed) {
            return;
        }
        byte[] audio = utterance.toByteArray();
        utterance = new ByteArrayOutputStream();
        truncated = false;
        CompletableFuture<String> text = audio.length == 0 ? CompletableFuture.completedFuture("")
                : engine.decode(audio, this);
        CompletableFuture<Outcome> outcome = text.handle(Outcome::new);
        delivered = delivered.thenCombineAsync(outcome, (previous, result) -> {
            deliver(result);
            return null;
        }, engine.callbacks());
    }

    @Override
    public void close() {
        synchronized (delivery) {
            closed = true;
        }
    }

    boolean closed() {
        return closed;
    }

    private void deliver(Outcome outcome) {
        synchronized (delivery) {
            if (closed) {
                return;
            }
            try {
                switch (outcome.error()) {
                    case null -> listener.finalText(outcome.text() == null ? "" : outcome.text());
                    case CompletionException wrapped when wrapped.getCause() instanceof Exception e -> listener.failed(e);
                    case Exception e -> listener.failed(e);
                    default -> listener.failed(new IllegalStateException("speech recognition failed", outcome.error()));
                }
            } catch (RuntimeException e) {
                log.warn("A speech recognition listener failed", e);
            }
        }
    }

    private record Outcome(@Nullable String text, @Nullable Throwable error) {
    }
}
