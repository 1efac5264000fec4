package ai.seiketsu.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import ai.seiketsu.identity.Passwords;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant provisioning latency over HTTP ({@code POST /api/v1/tenants}, one at a time, as an operator or a
 * sign-up form would): 20 warm-up requests, then 200 measured. Prints p50/p90/p99/max and writes them to
 * {@code target/benchmarks/provisioning.txt}. Bar: p99 under 100 ms on a 2-core machine.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark} (embedded PostgreSQL), or with {@code SEIKETSU_DB_URL} and
 * {@code SEIKETSU_DB_USER} set to use a PostgreSQL server.
 */
@IntegrationTest
@Tag("benchmark")
class ProvisioningBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 200;

    @LocalServerPort
    int port;
    @Autowired
    Passwords passwords;

    @Test
    void provisioningLatency() throws IOException {
        Http http = new Http(port);
        for (int i = 0; i < WARM_UP; i++) {
            provision(http);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            millis.add(provision(http));
        }
        List<Double> hashing = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            passwords.hash(TestTenants.PASSWORD);
            hashing.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        Collections.sort(hashing);
        String report = String.format(Locale.ROOT, """
                Tenant provisioning over HTTP, %d sequential requests after %d warm-up (%d cores, %s)
                  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms   mean %.1f ms
                  of which argon2id password hash (19 MiB, t=2): p50 %.1f ms   p99 %.1f ms
                """, MEASURED, WARM_UP, Runtime.getRuntime().availableProcessors(), database(),
                percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), millis.getLast(),
                millis.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                percentile(hashing, 50), percentile(hashing, 99));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "provisioning.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(millis).hasSize(MEASURED);
    }

    private static double provision(Http http) {
        long start = System.nanoTime();
        Response response = http.post("/api/v1/tenants", OPERATOR_TOKEN,
                TestTenants.json(TestTenants.uniqueSlug("bench")));
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (response.status() != 201) {
            throw new IllegalStateException("provisioning failed: " + response.status() + " " + response.body());
        }
        return elapsed;
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String database() {
        String url = System.getenv("SEIKETSU_DB_URL");
        return url == null || url.isBlank() ? "embedded PostgreSQL 15" : "PostgreSQL server at " + url;
    }
}
