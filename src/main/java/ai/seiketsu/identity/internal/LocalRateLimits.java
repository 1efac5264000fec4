package ai.seiketsu.identity.internal;

import java.time.Duration;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import ai.seiketsu.identity.RateLimits;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;

/**
 * Buckets in this process: Bucket4j's lock-free local buckets in a bounded Caffeine map. A bucket left alone
 * until it would be full again is dropped, which loses nothing (a new one starts full too).
 */
final class LocalRateLimits implements RateLimits {

    private final Cache<String, Entry> buckets;

    LocalRateLimits(long maximumBuckets) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maximumBuckets)
                .expireAfter(Expiry.<String, Entry>accessing((key, entry) -> entry.timeToFill()))
                .build();
    }

    @Override
    public ConsumptionResult tryConsume(RateLimitKey key, RateLimit limit) {
        Entry entry = buckets.get(Buckets.storageKey(key, limit),
                name -> new Entry(Bucket.builder().addLimit(Buckets.bandwidth(limit)).build(), limit.timeToFill()));
        return Buckets.result(entry.bucket().tryConsumeAndReturnRemaining(1));
    }

    private record Entry(Bucket bucket, Duration timeToFill) {
    }
}
