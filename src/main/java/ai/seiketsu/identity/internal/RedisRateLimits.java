package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.shared.RedisClients;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
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
 * Buckets in Redis, one budget for all instances, through Bucket4j's compare-and-swap Lettuce proxy manager. A
 * bucket expires from Redis once it would be full again (plus a few seconds, so a busy bucket is not recreated
 * for nothing). When Redis fails, this call and those of a short pause after it are answered by in-process
 * buckets: each instance then enforces the full budget on its own, which is looser across instances but never
 * unlimited.
 */
final class RedisRateLimits implements RateLimits, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimits.class);
    private static final String PREFIX = "seiketsu:";
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    static final Duration KEEP_AFTER_FULL = Duration.ofSeconds(5);

    private final RedisClient client;
    private final RateLimits fallback;
    private final Clock clock;
    private final Counter failures;
    private final AtomicReference<@Nullable Connected> connection = new AtomicReference<>();
    private volatile Instant pausedUntil = Instant.MIN;

    RedisRateLimits(RedisClient client, RateLimits fallback, Clock clock, MeterRegistry meters) {
        this.client = client;
        this.fallback = fallback;
        this.clock = clock;
        this.failures = Counter.builder("seiketsu.ratelimit.redis.failures")
                .description("Rate-limit calls to Redis that failed or timed out; answered by the local limiter")
                .register(meters);
    }

    @Override
    public ConsumptionResult tryConsume(RateLimitKey key, RateLimit limit) {
        Connected redis = paused() ? null : connect();
        if (redis == null) {
            return fallback.tryConsume(key, limit);
        }
        try {
            return Buckets.result(redis.buckets()
                    .builder()
                    .build(storageKey(key, limit), () -> Buckets.configuration(limit))
                    .tryConsumeAndReturnRemaining(1));
        } catch (RuntimeException e) {
            failed(e);
            return fallback.tryConsume(key, limit);
        }
    }

    /** Counts every failure, but logs only the one that starts a pause (a burst of requests fails together). */
    private void failed(RuntimeException e) {
        failures.increment();
        boolean wasPaused = paused();
        pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
        if (!wasPaused) {
            log.warn("Redis rate limits unavailable ({}); limiting in-process for {} s",
                    e.getClass().getSimpleName(), PAUSE_AFTER_FAILURE.toSeconds());
        }
    }

    boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    static String storageKey(RateLimitKey key, RateLimit limit) {
        return PREFIX + Buckets.storageKey(key, limit);
    }

    /**
     * One connection for all callers, opened by one of them while the others wait; when opening fails, the
     * waiting callers see the pause and go to the fallback instead of trying again one after the other.
     */
    private @Nullable Connected connect() {
        Connected current = connection.get();
        if (current != null && current.redis().isOpen()) {
            return current;
        }
        synchronized (connection) {
            current = connection.get();
            if (current != null && current.redis().isOpen()) {
                return current;
            }
            if (paused()) {
                return null;
            }
            if (current != null) {
                current.redis().closeAsync();
            }
            try {
                Connected fresh = Connected.open(client);
                connection.set(fresh);
                return fresh;
            } catch (RuntimeException e) {
                connection.set(null);
                failed(e);
                return null;
            }
        }
    }

    @Override
    public void close() {
        Connected current = connection.getAndSet(null);
        if (current != null) {
            current.redis().close();
        }
        client.shutdown();
    }

    private record Connected(StatefulRedisConnection<String, byte[]> redis, ProxyManager<String> buckets) {

        static Connected open(RedisClient client) {
            StatefulRedisConnection<String, byte[]> redis =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            RedisClients.warmUp(redis);
            ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(redis)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            KEEP_AFTER_FULL))
                    .requestTimeout(RedisClients.COMMAND_TIMEOUT)
                    .build();
            return new Connected(redis, buckets);
        }
    }
}
