package ai.seiketsu.voice.web;

import java.time.Duration;

import io.github.bucket4j.Bucket;

/**
 * One connection's inbound budget, in this process (a connection lives on one instance, so no shared store is
 * needed): at most 100 messages a second of any kind (bursts of 100), and caller audio at most 1.5 times real time
 * with bursts of 3 s (what a client sends after a network stall). Counting audio by its duration rather than by
 * frames lets a client choose its frame length (any length up to 200 ms) while it cannot push more speech than the
 * recognizer is sized for. Over budget, the message is dropped and the client told {@code RATE_LIMITED}.
 */
final class InboundLimits {

    static final int MESSAGES_PER_SECOND = 100;
    static final long AUDIO_BURST_MS = 3_000;
    static final long AUDIO_MS_PER_SECOND = 1_500;

    private final Bucket messages = Bucket.builder()
            .addLimit(limit -> limit.capacity(MESSAGES_PER_SECOND)
                    .refillGreedy(MESSAGES_PER_SECOND, Duration.ofSeconds(1)))
            .build();
    private final Bucket audio = Bucket.builder()
            .addLimit(limit -> limit.capacity(AUDIO_BURST_MS).refillGreedy(AUDIO_MS_PER_SECOND, Duration.ofSeconds(1)))
            .build();

    boolean message() {
        return messages.tryConsume(1);
    }

    boolean audio(long millis) {
        return millis == 0 || audio.tryConsume(millis);
    }
}
