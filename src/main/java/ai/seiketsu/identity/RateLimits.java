package ai.seiketsu.identity;

/**
 * Token-bucket rate limits that any module may ask before doing work for a caller. Buckets live in Redis when
 * {@code SEIKETSU_REDIS_URL} is set (one budget shared by every instance) and in-process otherwise. When Redis
 * fails, the answer comes from an in-process bucket for that call and a short pause after it: a limit is never
 * lifted because a dependency is down (fail-safe, not fail-open). Asking never throws.
 */
public interface RateLimits {

    /**
     * Takes one token from the bucket of {@code key}, creating it full when it does not exist. A bucket is bound
     * to its limit: a different limit for the same key (the operator changed a plan) is a new, full bucket.
     */
    ConsumptionResult tryConsume(RateLimitKey key, RateLimit limit);
}
