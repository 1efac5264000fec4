package ai.seiketsu.shared.cache;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.LocalRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both caches keep, expire and evict entries alike; Redis failing turns into misses, never errors. */
class SharedCacheTests {

    static Stream<String> kinds() {
        return Stream.of("caffeine", "redis");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void keepsEvictsAndExpiresEntries(String kind) throws Exception {
        SharedCache cache = cache(kind);
        try {
            CacheKey key = CacheKey.tenant(TenantId.random(), "test", UUID.randomUUID().toString());
            assertThat(cache.get(key)).isEmpty();
            cache.put(key, "value", Duration.ofMinutes(1));
            assertThat(cache.get(key)).contains("value");
            cache.evict(key);
            assertThat(cache.get(key)).isEmpty();

            CacheKey shortLived = CacheKey.platform("test", UUID.randomUUID().toString());
            cache.put(shortLived, "soon gone", Duration.ofMillis(200));
            await("the entry expires").atMost(Duration.ofSeconds(5))
                    .until(() -> cache.get(shortLived).isEmpty());
        } finally {
            if (cache instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Test
    void keysOfDifferentTenantsNeverCollide() {
        TenantId a = TenantId.random();
        TenantId b = TenantId.random();
        assertThat(CacheKey.tenant(a, "lead", "1")).isNotEqualTo(CacheKey.tenant(b, "lead", "1"));
        assertThat(CacheKey.tenant(a, "lead", "1").value()).startsWith("t:" + a + ":");
    }

    @Test
    void aRedisThatIsDownGivesMissesQuicklyAndPausesBeforeTryingAgain() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (RedisSharedCache cache = new RedisSharedCache(
                SharedCacheConfiguration.redisClient("redis://127.0.0.1:" + closedPort), Clock.systemUTC(), meters)) {
            CacheKey key = CacheKey.platform("test", "down");
            long start = System.nanoTime();
            cache.put(key, "value", Duration.ofMinutes(1));
            assertThat(cache.get(key)).isEmpty();
            assertThat(cache.paused()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(meters.counter("seiketsu.cache.redis.failures").count()).isEqualTo(1.0);
        }
    }

    private static SharedCache cache(String kind) {
        return switch (kind) {
            case "caffeine" -> new CaffeineSharedCache(1_000);
            default -> new RedisSharedCache(SharedCacheConfiguration.redisClient(LocalRedis.url()), Clock.systemUTC(),
                    new SimpleMeterRegistry());
        };
    }
}
