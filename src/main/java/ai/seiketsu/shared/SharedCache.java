package ai.seiketsu.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * A cache for what can be lost or rebuilt, shared by all instances when Redis is configured
 * ({@code SEIKETSU_REDIS_URL}) and in-process (Caffeine) otherwise. A failing Redis never fails a request: reads
 * become misses and the caller goes to the source of truth. Values are strings; callers encode their own.
 */
public interface SharedCache {

    Optional<String> get(CacheKey key);

    void put(CacheKey key, String value, Duration timeToLive);

    void evict(CacheKey key);
}
