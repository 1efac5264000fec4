package ai.seiketsu.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.identity.internal.RateLimitStores;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.LocalRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rate-limit check costs each API request: {@code RateLimits.tryConsume} on one thread, over 1,000 tenant
 * buckets, for the in-process store, the Redis store (local Redis) and the Redis store with Redis down (the
 * fallback). Prints p50/p99/max and writes them to {@code target/benchmarks/rate-limits.txt}.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark} (with {@code SEIKETSU_REDIS_URL}, or the local Redis on 6379).
 */
@Tag("benchmark")
class RateLimitBenchmark {

    private static final int TENANTS = 1_000;
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 50_000;
    private static final RateLimit LIMIT = RateLimit.perSecond(1_000);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(5_100);

    @Test
    void tryConsumeLatency() throws Exception {
        RateLimitKey[] keys = new RateLimitKey[TENANTS];
        Arrays.setAll(keys, i -> RateLimitKey.tenant(TenantId.random(), "api"));
        String redisUrl = LocalRedis.url();
        String report = String.format(Locale.ROOT, """
                RateLimits.tryConsume, one thread, %d tenant buckets, %d calls measured after %d warm-up (%d cores)
                %s
                %s
                %s
                """, TENANTS, MEASURED, WARM_UP, Runtime.getRuntime().availableProcessors(),
                measure("in-process (Caffeine + Bucket4j)", RateLimitStores.inProcess(), new SimpleMeterRegistry(),
                        keys),
                measure("Redis " + redisUrl, keys, redisUrl),
                measure("Redis down (closed port) -> in-process", keys, "redis://127.0.0.1:" + closedPort()));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "rate-limits.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(report).contains("p99");
    }

    private static String measure(String store, RateLimitKey[] keys, String redisUrl) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        return measure(store, RateLimitStores.redis(redisUrl, Clock.systemUTC(), meters), meters, keys);
    }

    /**
     * A Redis failure sends the next 5 s of calls to the in-process fallback: a failure during warm-up is waited
     * out, and the line says how many failures happened while measuring.
     */
    private static String measure(String store, RateLimits limits, SimpleMeterRegistry meters, RateLimitKey[] keys)
            throws Exception {
        try {
            for (int i = 0; i < WARM_UP; i++) {
                limits.tryConsume(keys[i % keys.length], LIMIT);
            }
            double failuresBefore = failures(meters);
            if (failuresBefore > 0) {
                Thread.sleep(PAUSE_AFTER_FAILURE.toMillis()); // a cold-start timeout must not turn the run local
            }
            double[] micros = new double[MEASURED];
            int allowed = 0;
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                ConsumptionResult result = limits.tryConsume(keys[i % keys.length], LIMIT);
                micros[i] = (System.nanoTime() - start) / 1e3;
                allowed += result instanceof ConsumptionResult.Allowed ? 1 : 0;
            }
            Arrays.sort(micros);
            return String.format(Locale.ROOT,
                    "  %-40s p50 %7.1f us   p99 %7.1f us   max %8.1f us   (%d allowed, %.0f Redis failures while measuring)",
                    store, percentile(micros, 50), percentile(micros, 99), micros[micros.length - 1], allowed,
                    failures(meters) - failuresBefore);
        } finally {
            if (limits instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private static double failures(SimpleMeterRegistry meters) {
        return meters.counter("seiketsu.ratelimit.redis.failures").count();
    }

    private static double percentile(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
