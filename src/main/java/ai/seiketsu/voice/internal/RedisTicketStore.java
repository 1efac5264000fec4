package ai.seiketsu.voice.internal;

import java.time.Duration;
import java.util.Optional;

import ai.seiketsu.shared.CacheKey;
import io.lettuce.core.SetArgs;

/**
 * Tickets in Redis, so that any instance can redeem a ticket another issued: {@code SET ... PX} and, to redeem,
 * {@code GETDEL} (atomic: a ticket works once however many instances race for it). While Redis is unusable,
 * tickets are kept in-process; a redemption looks in both places and removes from both, so a ticket issued
 * during an outage still works on the instance that issued it.
 */
final class RedisTicketStore implements TicketStore {

    private final VoiceRedis redis;
    private final TicketStore fallback;

    RedisTicketStore(VoiceRedis redis, TicketStore fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public void put(String hash, String value, Duration timeToLive) {
        boolean stored = redis.attempt(commands -> {
            commands.set(key(hash), value, SetArgs.Builder.px(timeToLive.toMillis()));
            return true;
        }, () -> false);
        if (!stored) {
            fallback.put(hash, value, timeToLive);
        }
    }

    @Override
    public Optional<String> take(String hash) {
        Optional<String> shared = redis.attempt(commands -> Optional.ofNullable(commands.getdel(key(hash))),
                Optional::empty);
        Optional<String> local = fallback.take(hash);
        return shared.or(() -> local);
    }

    static String key(String hash) {
        return VoiceRedis.PREFIX + CacheKey.platform("voice-ticket", hash).value();
    }
}
