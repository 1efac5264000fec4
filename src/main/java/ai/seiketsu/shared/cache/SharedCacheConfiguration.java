package ai.seiketsu.shared.cache;

import java.time.Clock;

import ai.seiketsu.shared.RedisClients;
import ai.seiketsu.shared.SharedCache;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis when {@code SEIKETSU_REDIS_URL} is set, Caffeine otherwise. */
@Configuration(proxyBeanMethods = false)
class SharedCacheConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SharedCacheConfiguration.class);

    /** Redis' client is closed with the context: Spring infers {@code close()} on the returned instance. */
    @Bean
    SharedCache sharedCache(@Value("${seiketsu.redis-url:}") String redisUrl, Clock clock, MeterRegistry meters) {
        if (redisUrl.isBlank()) {
            log.info("Caches are in-process (no SEIKETSU_REDIS_URL)");
            return new CaffeineSharedCache(100_000);
        }
        log.info("Caches are in Redis");
        return new RedisSharedCache(redisClient(redisUrl), clock, meters);
    }

    static RedisClient redisClient(String url) {
        return RedisClients.create(url);
    }
}
