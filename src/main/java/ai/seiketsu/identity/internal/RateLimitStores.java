package ai.seiketsu.identity.internal;

import java.time.Clock;

import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.shared.RedisClients;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The two places buckets can live. Public only so that the benchmarks can measure both; the application gets its
 * {@link RateLimits} from {@link RateLimitConfiguration}.
 */
public final class RateLimitStores {

    /** Enough for every tenant and a flood of client addresses; a bucket evicted early just starts full again. */
    static final long MAXIMUM_LOCAL_BUCKETS = 100_000;

    private RateLimitStores() {
    }

    /** In-process buckets (no Redis configured, and the fallback while Redis fails). */
    public static RateLimits inProcess() {
        return new LocalRateLimits(MAXIMUM_LOCAL_BUCKETS);
    }

    /** Buckets in the Redis at {@code url}; the result is {@link AutoCloseable}. Does not connect yet. */
    public static RateLimits redis(String url, Clock clock, MeterRegistry meters) {
        return new RedisRateLimits(RedisClients.create(url), inProcess(), clock, meters);
    }
}
