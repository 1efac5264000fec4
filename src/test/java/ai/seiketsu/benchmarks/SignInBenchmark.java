package ai.seiketsu.benchmarks;

import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign-in over HTTP ({@code POST /api/v1/auth/login}: account lookup, Argon2id verification at 19 MiB and
 * t=2, membership, refresh token, JWT), one at a time: 20 warm-up, 200 measured.
 * Run: {@code ./mvnw verify -Pbenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class SignInBenchmark {

    @LocalServerPort
    int port;

    @Test
    void signInLatency() {
        Http http = new Http(port);
        Staff staff = Staff.newAgency(http, "bench-signin");
        String body = Http.json(Map.of("email", staff.provisioned().at("/owner/email").asString(),
                "password", TestTenants.PASSWORD));
        for (int i = 0; i < 20; i++) {
            assertThat(http.post("/api/v1/auth/login", body).status()).isEqualTo(200);
        }
        Percentiles latency = new Percentiles();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            Response response = http.post("/api/v1/auth/login", body);
            latency.add(System.nanoTime() - start);
            assertThat(response.status()).isEqualTo(200);
        }
        Percentiles.write("sign-in", "Staff sign-in over HTTP, 200 sequential requests after 20 warm-up ("
                + Runtime.getRuntime().availableProcessors() + " cores, " + Percentiles.database() + ")\n  "
                + latency.summary() + "\n");
    }
}
