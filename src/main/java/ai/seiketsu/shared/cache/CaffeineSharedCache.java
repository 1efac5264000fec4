package ai.seiketsu.shared.cache;

import java.time.Duration;
import java.util.Optional;

import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.SharedCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/** The in-process cache: bounded, with each entry's own time to live. */
final class CaffeineSharedCache implements SharedCache {

    private final Cache<String, Entry> entries;

    CaffeineSharedCache(long maximumSize) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Entry>creating((key, entry) -> entry.timeToLive()))
                .build();
    }

    @Override
    public Optional<String> get(CacheKey key) {
        return Optional.ofNullable(entries.getIfPresent(key.value())).map(Entry::value);
    }

    @Override
    public void put(CacheKey key, String value, Duration timeToLive) {
        entries.put(key.value(), new Entry(value, timeToLive));
    }

    @Override
    public void evict(CacheKey key) {
        entries.invalidate(key.value());
    }

    private record Entry(String value, Duration timeToLive) {
    }
}
