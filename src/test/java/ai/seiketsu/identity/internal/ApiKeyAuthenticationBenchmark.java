package ai.seiketsu.identity.internal;

import ai.seiketsu.benchmarks.Percentiles;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What authenticating an {@code sk_} key adds to a request: the filter's work (hash, lookup of key and tenant
 * status), measured in-process, with the short-lived cache warm (the steady state of a busy integration) and
 * with it evicted before each call (first request, or just after a revocation). Bar: p99 under 1 ms added.
 * Run: {@code ./mvnw verify -Pbenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class ApiKeyAuthenticationBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyAuthenticator authenticator;
    @Autowired
    Tenants tenants;
    @Autowired
    SharedCache cache;

    @Test
    void apiKeyAuthenticationLatency() {
        Staff staff = Staff.newAgency(new Http(port), "bench-key");
        String secret = staff.apiKey();
        Percentiles cached = new Percentiles();
        Percentiles uncached = new Percentiles();
        for (int i = 0; i < 2_000; i++) {
            authenticate(secret);
        }
        for (int i = 0; i < 10_000; i++) {
            long start = System.nanoTime();
            authenticate(secret);
            cached.add(System.nanoTime() - start);
        }
        for (int i = 0; i < 1_000; i++) {
            cache.evict(ApiKeyAuthenticator.cacheKey(ApiKeySecrets.hash(secret)));
            long start = System.nanoTime();
            authenticate(secret);
            uncached.add(System.nanoTime() - start);
        }
        Percentiles.write("api-key-authentication", "API-key authentication added to a request ("
                + Runtime.getRuntime().availableProcessors() + " cores, " + Percentiles.database() + ")\n"
                + "  cached lookup:   " + cached.summary() + "\n"
                + "  uncached lookup: " + uncached.summary() + "\n");
        assertThat(cached.percentile(50)).isPositive();
    }

    private void authenticate(String secret) {
        ApiKeyPrincipal principal = authenticator.authenticate(secret).orElseThrow();
        tenants.statusOf(principal.tenant()).orElseThrow();
    }
}
