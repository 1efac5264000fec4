package ai.seiketsu.identity;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's rate limits over HTTP: a tenant's budget is its plan's requests per second and nobody else's, the
 * operator's changes apply at once, anonymous callers are limited per address, and the operator is not limited.
 */
@IntegrationTest
class RateLimitApiTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aStarterTenantOverTwentyRequestsASecondGets429sWhileAnotherTenantIsServed() throws Exception {
        String busy = provision("busy").at("/apiKey").asString();
        String quiet = provision("quiet").at("/apiKey").asString();
        List<Supplier<Response>> calls = new ArrayList<>();
        calls.addAll(Collections.nCopies(60, () -> http.get("/api/v1/agents", busy)));
        calls.addAll(Collections.nCopies(10, () -> http.get("/api/v1/agents", quiet)));

        List<Response> answers = concurrently(calls);
        List<Response> busyAnswers = answers.subList(0, 60);
        List<Response> quietAnswers = answers.subList(60, 70);

        assertThat(busyAnswers).extracting(Response::status).containsOnly(200, 429);
        assertThat(busyAnswers).filteredOn(r -> r.status() == 200).hasSizeGreaterThanOrEqualTo(20);
        assertThat(busyAnswers).filteredOn(r -> r.status() == 429).isNotEmpty().allSatisfy(this::isRateLimited);
        assertThat(quietAnswers).extracting(Response::status).containsOnly(200);
    }

    @Test
    void raisingATenantsLimitTakesEffectAtOnce() throws Exception {
        JsonNode tenant = provision("raise");
        String id = tenant.at("/tenant/id").asString();
        String apiKey = tenant.at("/apiKey").asString();
        setRequestsPerSecond(id, 2);

        List<Response> tight = concurrently(Collections.nCopies(20, () -> http.get("/api/v1/agents", apiKey)));
        setRequestsPerSecond(id, 500);
        List<Response> raised = concurrently(Collections.nCopies(20, () -> http.get("/api/v1/agents", apiKey)));

        assertThat(tight).filteredOn(r -> r.status() == 429).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(this::isRateLimited);
        assertThat(raised).extracting(Response::status).containsOnly(200);
    }

    @Test
    void anonymousCallsAreLimitedPerClientAddress() throws Exception {
        // an address of this test's own, so that no other test shares (or drains) its bucket
        Http stranger = new Http(port, InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 255)));

        List<Response> answers = concurrently(Collections.nCopies(60, () -> stranger.get("/api/v1/agents")));

        assertThat(answers).extracting(Response::status).containsOnly(401, 429).contains(401);
        assertThat(answers).filteredOn(r -> r.status() == 429).isNotEmpty().allSatisfy(this::isRateLimited);
        assertThat(http.get("/api/v1/agents").status()).as("another address").isEqualTo(401);
    }

    @Test
    void theOperatorIsNotLimited() throws Exception {
        List<Response> answers = concurrently(
                Collections.nCopies(40, () -> http.get("/api/v1/tenants?limit=1", OPERATOR_TOKEN)));

        assertThat(answers).extracting(Response::status).containsOnly(200);
    }

    private void isRateLimited(Response response) {
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().at("/code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(response.json().at("/status").asInt()).isEqualTo(429);
        assertThat(response.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isGreaterThanOrEqualTo(1));
    }

    private void setRequestsPerSecond(String tenantId, int requestsPerSecond) {
        Response changed = http.patch("/api/v1/tenants/" + tenantId, OPERATOR_TOKEN, """
                {"limits": {"members": 3, "voiceAgents": 1, "concurrentCalls": 2, "monthlyVoiceMinutes": 500,
                            "apiRequestsPerSecond": %d}}""".formatted(requestsPerSecond));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/limits/apiRequestsPerSecond").asInt()).isEqualTo(requestsPerSecond);
    }

    /** Starts every call at the same moment (one virtual thread each) and answers in the order given. */
    private static List<Response> concurrently(List<Supplier<Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Response>> pending = calls.stream().map(call -> threads.submit(() -> {
                start.await();
                return call.get();
            })).toList();
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        }
    }

    private JsonNode provision(String stem) {
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem)));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
