package ai.seiketsu.voice.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.seiketsu.shared.RedisClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice module's Redis (tickets and call slots), built like the shared cache's: one lazily opened connection
 * with {@link RedisClients}' short timeouts, and after a failure a short pause during which every command goes
 * straight to the caller's in-process alternative. An outage costs one timeout, never a pile-up.
 */
final class VoiceRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VoiceRedis.class);
    /** Every key of ours in Redis starts with this, like the cache's and the rate limits'. */
    static final String PREFIX = "seiketsu:";
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final RedisClient client;
    private final Clock clock;
    private final Counter failures;
    private volatile @Nullable StatefulRedisConnection<String, String> connection;
    private volatile Instant pausedUntil = Instant.MIN;

    VoiceRedis(RedisClient client, Clock clock, MeterRegistry meters) {
        this.client = client;
        this.clock = clock;
        this.failures = Counter.builder("seiketsu.voice.redis.failures")
                .description("Voice ticket and call-slot commands to Redis that failed; answered in-process")
                .register(meters);
    }

    /** {@code command}'s answer, or {@code otherwise}'s while Redis is unusable. */
    <T> T attempt(Function<RedisCommands<String, String>, T> command, Supplier<T> otherwise) {
        if (clock.instant().isBefore(pausedUntil)) {
            return otherwise.get();
        }
        try {
            return command.apply(connect().sync());
        } catch (RuntimeException e) {
            failures.increment();
            pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
            log.warn("Redis unavailable for voice tickets and call slots ({}); in-process for {} s",
                    e.getClass().getSimpleName(), PAUSE_AFTER_FAILURE.toSeconds());
            return otherwise.get();
        }
    }

    private StatefulRedisConnection<String, String> connect() {
        StatefulRedisConnection<String, String> current = connection;
        return current != null && current.isOpen() ? current : reconnect();
    }

    private synchronized StatefulRedisConnection<String, String> reconnect() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null && current.isOpen()) {
            return current;
        }
        if (current != null) {
            current.closeAsync();
        }
        StatefulRedisConnection<String, String> fresh = client.connect();
        RedisClients.warmUp(fresh);
        connection = fresh;
        return fresh;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        client.shutdown();
    }
}
