package ai.seiketsu.benchmarks;

import java.net.InetAddress;
import java.net.UnknownHostException;
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

    /**
     * Anonymous calls are limited to 10 a second per address; one person signs in far less often, so the
     * benchmark spreads its requests over loopback addresses instead of measuring the limiter.
     */
    private Http from(int request) {
        try {
            return new Http(port, InetAddress.getByName("127.0.1." + (1 + request / 8 % 250)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signInLatency() {
        Staff staff = Staff.newAgency(new Http(port), "bench-signin");
        String body = Http.json(Map.of("email", staff.provisioned().at("/owner/email").asString(),
                "password", TestTenants.PASSWORD));
        for (int i = 0; i < 20; i++) {
            assertThat(from(i).post("/api/v1/auth/login", body).status()).isEqualTo(200);
        }
        Percentiles latency = new Percentiles();
        for (int i = 0; i < 200; i++) {
            Http http = from(i);
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
