package ai.seiketsu.voice.engines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import ai.seiketsu.shared.RedisClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesised audio in Redis (little-endian PCM under {@code seiketsu:t:<tenant>:tts:<hash>}), shared by every
 * instance. The shared {@code SharedCache} holds strings only and would fall back to an in-process cache that
 * does not weigh audio, so audio has its own store on the same client settings ({@link RedisClients}). Like the
 * shared cache it never fails a call: after a failure Redis is left alone for a few seconds, reads are misses and
 * writes are dropped.
 */
public final class RedisAudioStore implements AutoCloseable {

    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(RedisAudioStore.class);
    private static final String PREFIX = "seiketsu:";

    private final RedisClient client;
    private final Clock clock;
    private final Counter failures;
    private @Nullable StatefulRedisConnection<String, byte[]> connection;
    private volatile Instant pausedUntil = Instant.MIN;

    public RedisAudioStore(RedisClient client, Clock clock, MeterRegistry meters) {
        this.client = client;
        this.clock = clock;
        this.failures = Counter.builder("seiketsu.tts.cache.redis.failures")
                .description("TTS cache commands to Redis that failed or timed out; the audio was synthesised instead")
                .register(meters);
    }

    @Nullable short[] get(TtsCacheKey key) {
        byte[] pcm = attempt(redis -> redis.sync().get(PREFIX + key.shared().value()));
        return pcm == null ? null : Pcm.fromLittleEndian(pcm);
    }

    void put(TtsCacheKey key, short[] audio, Duration timeToLive) {
        attempt(redis -> redis.sync().set(PREFIX + key.shared().value(), Pcm.littleEndian(audio),
                SetArgs.Builder.px(timeToLive.toMillis())));
    }

    boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    private <T> @Nullable T attempt(Function<StatefulRedisConnection<String, byte[]>, T> command) {
        if (paused()) {
            return null;
        }
        try {
            return command.apply(connection());
        } catch (RuntimeException e) {
            failures.increment();
            pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
            log.warn("Redis TTS cache unavailable ({}); in-process only for {} s", e.getClass().getSimpleName(),
                    PAUSE_AFTER_FAILURE.toSeconds());
            return null;
        }
    }

    private synchronized StatefulRedisConnection<String, byte[]> connection() {
        if (connection == null || !connection.isOpen()) {
            if (connection != null) {
                connection.closeAsync();
            }
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            RedisClients.warmUp(connection);
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }
}
