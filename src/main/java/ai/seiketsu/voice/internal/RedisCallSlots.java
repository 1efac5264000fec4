package ai.seiketsu.voice.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.TenantId;
import io.lettuce.core.ScriptOutputType;

/**
 * Call slots shared by every instance: one sorted set per tenant in Redis, a member per live call scored with the
 * time its lease runs out (Redis' own clock, so instances' clocks do not matter). Taking a slot first drops expired
 * members, then adds one only below the cap, in one script (atomic). This instance renews the lease of each of its
 * live calls every third of the lease, so the slots of an instance that dies free themselves within one lease
 * (30 s) instead of leaking; a call that ends removes its member at once.
 *
 * <p>While Redis is unusable, a call is admitted when this instance alone has fewer than the cap live for the
 * tenant: looser across instances, never unlimited. Its member is written by the next heartbeat that reaches Redis,
 * so the shared count includes it again after the outage.
 */
final class RedisCallSlots implements CallSlots, AutoCloseable {

    private static final String ACQUIRE = """
            local now = redis.call('TIME')
            local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms)
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
            redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[1]), ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """;
    private static final String RENEW = """
            local now = redis.call('TIME')
            local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
            redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[1]), ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """;

    private final VoiceRedis redis;
    private final Duration lease;
    /** Every live call of this instance, by tenant: what the heartbeat renews and what an outage counts. */
    private final Map<TenantId, Set<Slot>> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    RedisCallSlots(VoiceRedis redis, Duration lease) {
        this.redis = redis;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("voice-call-slots-heartbeat").factory());
        long period = Math.max(1, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<CallSlot> tryAcquire(TenantId tenant, int cap) {
        Slot slot = new Slot(tenant, UUID.randomUUID().toString());
        Set<Slot> mine = live.computeIfAbsent(tenant, key -> ConcurrentHashMap.newKeySet());
        boolean granted = redis.attempt(commands -> commands.<Long>eval(ACQUIRE, ScriptOutputType.INTEGER,
                        new String[] { key(tenant) }, Long.toString(lease.toMillis()), slot.member(),
                        Integer.toString(cap)) == 1L,
                () -> mine.size() < cap);
        if (!granted) {
            return Optional.empty();
        }
        mine.add(slot);
        return Optional.of(slot);
    }

    /** Runs on the heartbeat thread; a failing Redis is skipped until its pause is over. */
    void renewAll() {
        live.values().forEach(slots -> slots.forEach(Slot::renew));
    }

    static String key(TenantId tenant) {
        return VoiceRedis.PREFIX + CacheKey.tenant(tenant, "voice", "calls").value();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private final class Slot implements CallSlot {

        private final TenantId tenant;
        private final String member;
        private final AtomicBoolean released = new AtomicBoolean();

        Slot(TenantId tenant, String member) {
            this.tenant = tenant;
            this.member = member;
        }

        String member() {
            return member;
        }

        /** Under the slot's lock, so that a renewal can never write back a member that was just released. */
        synchronized void renew() {
            if (!released.get()) {
                redis.attempt(commands -> commands.<Long>eval(RENEW, ScriptOutputType.INTEGER,
                        new String[] { key(tenant) }, Long.toString(lease.toMillis()), member), () -> 0L);
            }
        }

        @Override
        public synchronized void release() {
            if (released.compareAndSet(false, true)) {
                live.getOrDefault(tenant, Set.of()).remove(this);
                redis.attempt(commands -> commands.zrem(key(tenant), member), () -> 0L);
            }
        }
    }
}
