package ai.seiketsu.voice.internal;

import java.time.Clock;

import ai.seiketsu.shared.RedisClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tickets and call slots in Redis when {@code SEIKETSU_REDIS_URL} is set (shared by every instance), in-process
 * otherwise (one instance, or sticky sessions).
 */
@Configuration(proxyBeanMethods = false)
class VoiceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VoiceConfiguration.class);
    /** Far more tickets than can be waiting at once; a full map evicts the oldest, which then no longer works. */
    static final long MAXIMUM_LOCAL_TICKETS = 100_000;

    @Bean
    Storage voiceStorage(@Value("${seiketsu.redis-url:}") String redisUrl, VoiceProperties properties, Clock clock,
            MeterRegistry meters) {
        if (redisUrl.isBlank()) {
            log.info("Voice tickets and call slots are in-process (no SEIKETSU_REDIS_URL)");
            return new Storage(new LocalTicketStore(MAXIMUM_LOCAL_TICKETS), new LocalCallSlots(), null);
        }
        log.info("Voice tickets and call slots are in Redis");
        VoiceRedis redis = new VoiceRedis(RedisClients.create(redisUrl), clock, meters);
        return new Storage(new RedisTicketStore(redis, new LocalTicketStore(MAXIMUM_LOCAL_TICKETS)),
                new RedisCallSlots(redis, properties.callLease()), redis);
    }

    @Bean
    VoiceTickets voiceTickets(Storage storage, Clock clock, VoiceProperties properties) {
        return new VoiceTickets(storage.tickets(), clock, properties.ticketTtl());
    }

    @Bean
    CallSlots callSlots(Storage storage) {
        return storage.slots();
    }

    /** The two stores and the Redis connection they share, closed with the context. */
    record Storage(TicketStore tickets, CallSlots slots, @Nullable VoiceRedis redis) implements AutoCloseable {

        @Override
        public void close() {
            if (slots instanceof RedisCallSlots shared) {
                shared.close();
            }
            if (redis != null) {
                redis.close();
            }
        }
    }
}
