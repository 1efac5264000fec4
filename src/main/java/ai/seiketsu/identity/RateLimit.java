package ai.seiketsu.identity;

import java.time.Duration;

/**
 * A token bucket: holds at most {@code capacity} tokens (the burst) and gains {@code refillTokens} every
 * {@code refillPeriod}, spread evenly over the period.
 */
public record RateLimit(long capacity, long refillTokens, Duration refillPeriod) {

    public RateLimit {
        if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive capacity, refill and period");
        }
    }

    /** {@code requests} per second, with a burst of as many. */
    public static RateLimit perSecond(long requests) {
        return new RateLimit(requests, requests, Duration.ofSeconds(1));
    }

    /** How long an empty bucket takes to be full again; after that, forgetting it loses nothing. */
    public Duration timeToFill() {
        return refillPeriod.multipliedBy(capacity).dividedBy(refillTokens);
    }

    /** Names the limit inside a bucket's storage key, so that changing the limit starts a new bucket. */
    public String fingerprint() {
        return capacity + "-" + refillTokens + "-" + refillPeriod.toMillis() + "ms";
    }
}
