package ai.seiketsu.shared.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.SharedCache;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache in Redis, shared by every instance. Commands time out quickly; after a failure Redis is left alone
 * for a short pause so that an outage costs one timeout, not one per request. While Redis is unusable, reads
 * are misses and writes are dropped: callers fall back to the database, never to a wrong answer.
 */
final class RedisSharedCache implements SharedCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisSharedCache.class);
    private static final String PREFIX = "seiketsu:";
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final RedisClient client;
    private final Clock clock;
    private final Counter failures;
    private final AtomicReference<@Nullable StatefulRedisConnection<String, String>> connection =
            new AtomicReference<>();
    private volatile Instant pausedUntil = Instant.MIN;

    RedisSharedCache(RedisClient client, Clock clock, MeterRegistry meters) {
        this.client = client;
        this.clock = clock;
        this.failures = Counter.builder("seiketsu.cache.redis.failures")
                .description("Redis commands that failed or timed out; the cache fell back to a miss")
                .register(meters);
    }

    @Override
    public Optional<String> get(CacheKey key) {
        return Optional.ofNullable(attempt(redis -> redis.sync().get(PREFIX + key.value())));
    }

    @Override
    public void put(CacheKey key, String value, Duration timeToLive) {
        attempt(redis -> redis.sync().set(PREFIX + key.value(), value, SetArgs.Builder.px(timeToLive.toMillis())));
    }

    @Override
    public void evict(CacheKey key) {
        attempt(redis -> redis.sync().del(PREFIX + key.value()));
    }

    boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    private <T> @Nullable T attempt(java.util.function.Function<StatefulRedisConnection<String, String>, T> command) {
        if (paused()) {
            return null;
        }
        try {
            return command.apply(connect());
        } catch (RuntimeException e) {
            failures.increment();
            pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
            log.warn("Redis cache unavailable ({}); using the database for {} s", e.getClass().getSimpleName(),
                    PAUSE_AFTER_FAILURE.toSeconds());
            return null;
        }
    }

    private StatefulRedisConnection<String, String> connect() {
        StatefulRedisConnection<String, String> current = connection.get();
        if (current != null && current.isOpen()) {
            return current;
        }
        StatefulRedisConnection<String, String> fresh = client.connect();
        ai.seiketsu.shared.RedisClients.warmUp(fresh);
        if (!connection.compareAndSet(current, fresh)) {
            fresh.close();
            return connection.get();
        }
        return fresh;
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> current = connection.getAndSet(null);
        if (current != null) {
            current.close();
        }
        client.shutdown();
    }
}
