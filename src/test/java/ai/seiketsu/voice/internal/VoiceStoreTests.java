package ai.seiketsu.voice.internal;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import ai.seiketsu.shared.RedisClients;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.LocalRedis;
import ai.seiketsu.voice.CallMode;
import ai.seiketsu.voice.internal.CallSlots.CallSlot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets work once and only while they live, and call slots cap a tenant's calls, in both stores; Redis slots of an
 * instance that dies free themselves after one lease, and a Redis that is down still limits.
 */
class VoiceStoreTests {

    static Stream<String> kinds() {
        return Stream.of("local", "redis");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTicketIsTakenExactlyOnceHoweverManyRaceForIt(String kind) throws Exception {
        try (Stores stores = stores(kind, Duration.ofSeconds(30))) {
            stores.tickets().put("hash-" + UUID.randomUUID(), "ignored", Duration.ofSeconds(60));
            String hash = "hash-" + UUID.randomUUID();
            stores.tickets().put(hash, "admitted", Duration.ofSeconds(60));

            List<Optional<String>> takes = race(20, () -> stores.tickets().take(hash));

            assertThat(takes).filteredOn(Optional::isPresent).containsExactly(Optional.of("admitted"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTicketRedeemsOnceWithinItsLifetimeAndNeverAfter(String kind) throws Exception {
        try (Stores stores = stores(kind, Duration.ofSeconds(30))) {
            MovableClock clock = new MovableClock();
            VoiceTickets tickets = new VoiceTickets(stores.tickets(), clock, Duration.ofSeconds(60));
            TenantId tenant = TenantId.random();
            UUID agent = UUID.randomUUID();
            String fresh = tickets.issue(tenant, agent, CallMode.CALLER).ticket();
            String stale = tickets.issue(tenant, agent, CallMode.CALLER).ticket();

            assertThat(tickets.redeem(fresh)).hasValueSatisfying(admitted -> {
                assertThat(admitted.tenant()).isEqualTo(tenant);
                assertThat(admitted.agentId()).isEqualTo(agent);
            });
            assertThat(tickets.redeem(fresh)).as("used").isEmpty();
            clock.advance(Duration.ofSeconds(61));
            assertThat(tickets.redeem(stale)).as("expired").isEmpty();
            assertThat(tickets.redeem("vt_" + "x".repeat(43))).as("never issued").isEmpty();
            assertThat(tickets.redeem("sk_not-a-ticket")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void slotsCapATenantsConcurrentCallsAndComeBackWhenReleased(String kind) throws Exception {
        try (Stores stores = stores(kind, Duration.ofSeconds(30))) {
            TenantId tenant = TenantId.random();
            TenantId other = TenantId.random();

            List<Optional<CallSlot>> taken = race(10, () -> stores.slots().tryAcquire(tenant, 3));

            assertThat(taken).filteredOn(Optional::isPresent).hasSize(3);
            assertThat(stores.slots().tryAcquire(other, 3)).as("another tenant's count").isPresent();
            assertThat(stores.slots().tryAcquire(tenant, 0)).as("a plan without calls").isEmpty();
            CallSlot first = taken.stream().flatMap(Optional::stream).findFirst().orElseThrow();
            first.release();
            first.release();
            assertThat(stores.slots().tryAcquire(tenant, 3)).isPresent();
            assertThat(stores.slots().tryAcquire(tenant, 3)).as("released twice frees one").isEmpty();
        }
    }

    @Test
    void theSlotsOfAnInstanceThatDiesFreeThemselvesAfterOneLeaseWhileLiveOnesStay() throws Exception {
        Duration lease = Duration.ofMillis(600);
        TenantId tenant = TenantId.random();
        try (Stores survivor = stores("redis", lease)) {
            Stores dying = stores("redis", lease);
            assertThat(survivor.slots().tryAcquire(tenant, 2)).isPresent();
            assertThat(dying.slots().tryAcquire(tenant, 2)).isPresent();
            assertThat(survivor.slots().tryAcquire(tenant, 2)).isEmpty();

            dying.close(); // no release, no more heartbeats: a crashed instance
            // the dead instance's slot expires after one lease; until then the cap holds
            Awaitility.await().atMost(lease.multipliedBy(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> survivor.slots().tryAcquire(tenant, 2).isPresent());

            assertThat(survivor.slots().tryAcquire(tenant, 2)).as("the live one was renewed").isEmpty();
        }
    }

    @Test
    void whileRedisIsDownTicketsAndSlotsWorkInProcessAndStillLimit() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VoiceRedis down = new VoiceRedis(RedisClients.create("redis://127.0.0.1:" + closedPort), Clock.systemUTC(),
                new SimpleMeterRegistry());
        try (Stores stores = new Stores(new RedisTicketStore(down, new LocalTicketStore(100)),
                new RedisCallSlots(down, Duration.ofSeconds(30)), down)) {
            stores.tickets().put("h", "admitted", Duration.ofSeconds(60));
            TenantId tenant = TenantId.random();

            assertThat(stores.tickets().take("h")).hasValue("admitted");
            assertThat(stores.tickets().take("h")).isEmpty();
            assertThat(stores.slots().tryAcquire(tenant, 1)).isPresent();
            assertThat(stores.slots().tryAcquire(tenant, 1)).isEmpty();
        }
    }

    private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static Stores stores(String kind, Duration lease) {
        if (kind.equals("local")) {
            return new Stores(new LocalTicketStore(100), new LocalCallSlots(), null);
        }
        VoiceRedis redis = new VoiceRedis(RedisClients.create(LocalRedis.url()), Clock.systemUTC(),
                new SimpleMeterRegistry());
        return new Stores(new RedisTicketStore(redis, new LocalTicketStore(100)), new RedisCallSlots(redis, lease),
                redis);
    }

    /** The stores as the configuration builds them. */
    private record Stores(TicketStore tickets, CallSlots slots, VoiceRedis redis) implements AutoCloseable {

        @Override
        public void close() {
            new VoiceConfiguration.Storage(tickets, slots, redis).close();
        }
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
