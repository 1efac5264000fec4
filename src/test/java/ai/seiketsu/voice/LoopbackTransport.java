package ai.seiketsu.voice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

import ai.seiketsu.conversations.ConversationOutcome;

/**
 * A transport with no network: it plays caller audio (from WAV files or generated) into a {@link Call} in 20 ms
 * frames, at real time or faster, and collects everything the call sends back. Runs a whole call inside a test.
 */
public class LoopbackTransport implements CallOutput {

    private static final int FRAME = 320;

    private final List<Map<?, ?>> events = new CopyOnWriteArrayList<>();
    private final AtomicLong agentSamples = new AtomicLong();
    private final AtomicReference<@Nullable ConversationOutcome> outcome = new AtomicReference<>();
    private final AtomicReference<@Nullable String> failure = new AtomicReference<>();
    private final double speed;
    private @Nullable Call call;

    /** @param speed 1 plays caller audio in real time, 4 four times as fast */
    public LoopbackTransport(double speed) {
        this.speed = speed;
    }

    public LoopbackTransport connect(Call connected) {
        this.call = connected;
        return this;
    }

    /** Streams {@code pcm16k} to the call in 20 ms frames, paced at the transport's speed. */
    public void play(short[] pcm16k) throws InterruptedException {
        Call target = requireCall();
        long frameNanos = (long) (20_000_000L / speed);
        long next = System.nanoTime();
        for (int offset = 0; offset < pcm16k.length; offset += FRAME) {
            short[] frame = java.util.Arrays.copyOfRange(pcm16k, offset, Math.min(pcm16k.length, offset + FRAME));
            target.audio(frame);
            next += frameNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** Streams {@code millis} of quiet line noise (what a live microphone sends between words). */
    public void silence(int millis) throws InterruptedException {
        play(TestAudio.noise(millis, 30, millis));
    }

    private Call requireCall() {
        if (call == null) {
            throw new IllegalStateException("connect a call first");
        }
        return call;
    }

    @Override
    public void event(Object event) {
        events.add((Map<?, ?>) event);
    }

    @Override
    public void audio(short[] pcm16k) {
        agentSamples.addAndGet(pcm16k.length);
    }

    @Override
    public void end(ConversationOutcome ended, @Nullable UUID leadId) {
        outcome.compareAndSet(null, ended);
    }

    @Override
    public void fail(String code, String message, int closeCode) {
        failure.compareAndSet(null, code);
    }

    public List<Map<?, ?>> events() {
        return List.copyOf(events);
    }

    public List<Map<?, ?>> events(String type) {
        return events.stream().filter(e -> type.equals(e.get("type"))).toList();
    }

    /** Waits until an event of {@code type} matching {@code test} has arrived. */
    public Map<?, ?> awaitEvent(String type, Predicate<Map<?, ?>> test, Duration timeout) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(10))
                .until(() -> events(type).stream().filter(test).findFirst().orElse(null), found -> found != null);
    }

    public long agentAudioMillis() {
        return agentSamples.get() / 16;
    }

    public @Nullable ConversationOutcome outcome() {
        return outcome.get();
    }

    public @Nullable String failure() {
        return failure.get();
    }
}
