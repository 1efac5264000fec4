package ai.seiketsu.identity.internal;

import java.time.Clock;

import ai.seiketsu.identity.RateLimits;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rate-limit buckets in Redis when {@code SEIKETSU_REDIS_URL} is set, in-process otherwise. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean(destroyMethod = "close")
    AutoCloseable rateLimitsLifecycle(RateLimits limits) {
        return limits instanceof AutoCloseable closeable ? closeable : () -> { };
    }

    @Bean
    RateLimits rateLimits(@Value("${seiketsu.redis-url:}") String redisUrl, Clock clock, MeterRegistry meters) {
        if (redisUrl.isBlank()) {
            log.info("Rate limits are in-process (no SEIKETSU_REDIS_URL)");
            return RateLimitStores.inProcess();
        }
        log.info("Rate limits are in Redis");
        return RateLimitStores.redis(redisUrl, clock, meters);
    }
}
