package ai.seiketsu.identity.internal;

import java.time.Duration;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Translations between Seiketsu's rate-limit types and Bucket4j's, shared by both stores. */
final class Buckets {

    private Buckets() {
    }

    static Bandwidth bandwidth(RateLimit limit) {
        return Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.refillTokens(), limit.refillPeriod())
                .build();
    }

    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    /** The bucket's name in a store: its key plus its limit, so that a changed limit is a new bucket. */
    static String storageKey(RateLimitKey key, RateLimit limit) {
        return key.value() + ":" + limit.fingerprint();
    }

    static ConsumptionResult result(ConsumptionProbe probe) {
        return probe.isConsumed()
                ? new ConsumptionResult.Allowed(probe.getRemainingTokens())
                : new ConsumptionResult.Rejected(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
