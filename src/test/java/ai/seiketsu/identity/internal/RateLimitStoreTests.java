package ai.seiketsu.identity.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.ConsumptionResult.Allowed;
import ai.seiketsu.identity.ConsumptionResult.Rejected;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.shared.RedisClients;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.LocalRedis;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both stores count alike; the Redis one shares a budget between instances, lets buckets expire once they would
 * be full again, and when Redis is down falls back to in-process buckets that still limit.
 */
class RateLimitStoreTests {

    private static final RateLimit THREE_A_MINUTE = new RateLimit(3, 3, Duration.ofMinutes(1));

    static Stream<String> kinds() {
        return Stream.of("local", "redis");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void allowsTheBurstThenAnswersTheWaitForTheNextToken(String kind) throws Exception {
        try (Store store = store(kind)) {
            RateLimitKey key = RateLimitKey.apiKey(UUID.randomUUID());

            List<ConsumptionResult> burst = consume(store.limits(), key, THREE_A_MINUTE, 3);
            ConsumptionResult fourth = store.limits().tryConsume(key, THREE_A_MINUTE);

            assertThat(burst).containsExactly(new Allowed(2), new Allowed(1), new Allowed(0));
            assertThat(fourth).isInstanceOfSatisfying(Rejected.class, rejected -> {
                assertThat(rejected.retryAfter()).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
                assertThat(rejected.retryAfterSeconds()).isEqualTo(20);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bucketsOfDifferentTenantsAndAddressesAreIndependent(String kind) throws Exception {
        try (Store store = store(kind)) {
            RateLimitKey tenantA = RateLimitKey.tenant(TenantId.random(), "api");
            RateLimitKey tenantB = RateLimitKey.tenant(TenantId.random(), "api");
            RateLimitKey address = RateLimitKey.address("192.0.2." + (1 + (int) (Math.random() * 250)));
            consume(store.limits(), tenantA, THREE_A_MINUTE, 3);

            assertThat(store.limits().tryConsume(tenantA, THREE_A_MINUTE)).isInstanceOf(Rejected.class);
            assertThat(store.limits().tryConsume(tenantB, THREE_A_MINUTE)).isInstanceOf(Allowed.class);
            assertThat(store.limits().tryConsume(address, THREE_A_MINUTE)).isInstanceOf(Allowed.class);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aChangedLimitAppliesToTheNextCall(String kind) throws Exception {
        try (Store store = store(kind)) {
            RateLimitKey key = RateLimitKey.tenant(TenantId.random(), "api");
            consume(store.limits(), key, THREE_A_MINUTE, 3);
            assertThat(store.limits().tryConsume(key, THREE_A_MINUTE)).isInstanceOf(Rejected.class);

            RateLimit raised = new RateLimit(10, 10, Duration.ofMinutes(1));
            assertThat(consume(store.limits(), key, raised, 10)).allMatch(Allowed.class::isInstance);
            assertThat(store.limits().tryConsume(key, raised)).isInstanceOf(Rejected.class);
        }
    }

    @Test
    void instancesShareOneBudgetThroughRedis() throws Exception {
        try (Store first = store("redis"); Store second = store("redis")) {
            RateLimitKey key = RateLimitKey.tenant(TenantId.random(), "api");
            consume(first.limits(), key, THREE_A_MINUTE, 3);

            assertThat(second.limits().tryConsume(key, THREE_A_MINUTE)).isInstanceOf(Rejected.class);
        }
    }

    @Test
    void aRedisBucketExpiresOnceItWouldBeFullAgain() throws Exception {
        String url = LocalRedis.url();
        RedisClient inspector = RedisClients.create(url);
        try (Store store = store("redis"); var connection = inspector.connect()) {
            RateLimitKey key = RateLimitKey.apiKey(UUID.randomUUID());
            store.limits().tryConsume(key, THREE_A_MINUTE);

            long ttl = connection.sync().pttl(RedisRateLimits.storageKey(key, THREE_A_MINUTE));
            // one token of three a minute takes 20 s to come back, then the bucket is kept 5 s more
            assertThat(Duration.ofMillis(ttl)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(25));
        } finally {
            inspector.shutdown();
        }
    }

    @Test
    void aRedisThatIsDownFallsBackToTheLocalLimiterNotToUnlimited() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (RedisRateLimits limits = new RedisRateLimits(RedisClients.create("redis://127.0.0.1:" + closedPort()),
                new LocalRateLimits(1_000), Clock.systemUTC(), meters)) {
            RateLimitKey key = RateLimitKey.tenant(TenantId.random(), "api");

            List<ConsumptionResult> burst = consume(limits, key, THREE_A_MINUTE, 3);
            List<ConsumptionResult> over = consume(limits, key, THREE_A_MINUTE, 20);

            assertThat(burst).allMatch(Allowed.class::isInstance);
            assertThat(over).allMatch(Rejected.class::isInstance);
            assertThat(limits.paused()).isTrue();
            // one failed attempt, then Redis is left alone for the pause: an outage costs one timeout, not 23
            assertThat(meters.counter("seiketsu.ratelimit.redis.failures").count()).isEqualTo(1.0);
        }
    }

    private static List<ConsumptionResult> consume(RateLimits limits, RateLimitKey key, RateLimit limit, int times) {
        return IntStream.range(0, times).mapToObj(i -> limits.tryConsume(key, limit)).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Store store(String kind) {
        return switch (kind) {
            case "local" -> new Store(new LocalRateLimits(1_000));
            default -> new Store(new RedisRateLimits(RedisClients.create(LocalRedis.url()), new LocalRateLimits(1_000),
                    Clock.systemUTC(), new SimpleMeterRegistry()));
        };
    }

    private record Store(RateLimits limits) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (limits instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
