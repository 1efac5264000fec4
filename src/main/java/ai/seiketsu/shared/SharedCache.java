package ai.seiketsu.shared;

import java.time.Duration;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cache for what can be lost or rebuilt, shared by all instances when Redis is configured
 * ({@code SEIKETSU_REDIS_URL}) and in-process (Caffeine) otherwise. A failing Redis never fails a request: reads
 * become misses and the caller goes to the source of truth. Values are strings; callers encode their own.
 */
public interface SharedCache {

    Optional<String> get(CacheKey key);

    void put(CacheKey key, String value, Duration timeToLive);

    void evict(CacheKey key);

    /**
     * Drops an entry now and, inside a transaction, again after it commits: between the two a concurrent reader
     * may have put the old value back from the database, which the change had not yet made visible.
     */
    default void evictNowAndAfterCommit(CacheKey key) {
        evict(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(key);
                }
            });
        }
    }
}
