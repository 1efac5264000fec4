package ai.seiketsu.idempotency;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on POST (reliability-security.md B.3, items 3.11-3.14). */
@IntegrationTest
class IdempotencyKeyTests {

    @LocalServerPort
    int port;
    Http http;
    Staff owner;

    @BeforeEach
    void agency() {
        http = new Http(port);
        owner = Staff.newAgency(http, "idem");
    }

    // 3.11
    @Test
    void theSamePostTwiceAnswersTheSameAndCreatesOneKey() {
        String key = UUID.randomUUID().toString();
        String body = Http.json(Map.of("name", "CRM sync", "scopes", List.of("leads:read")));
        Response first = post("/api/v1/api-keys", owner.accessToken(), key, body);
        Response second = post("/api/v1/api-keys", owner.accessToken(), key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(second.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
        assertThat(second.header("Idempotent-Replayed")).hasValue("true");
        assertThat(keyNames()).containsExactlyInAnyOrder("Provisioning key", "CRM sync");
    }

    @Test
    void aReplayedAgentCreationDoesNotRunIntoThePlanLimit() {
        String defaultAgent = http.get("/api/v1/agents", owner.accessToken()).json().at("/items/0/id").asString();
        http.send(http.request("/api/v1/agents/" + defaultAgent, owner.accessToken()).DELETE());
        String key = UUID.randomUUID().toString();
        Response first = post("/api/v1/agents", owner.apiKey(), key, "{\"name\": \"Front desk\"}");
        Response second = post("/api/v1/agents", owner.apiKey(), key, "{\"name\": \"Front desk\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as("a second run would be 409 PLAN_LIMIT").isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(http.get("/api/v1/agents", owner.apiKey()).json().at("/items").size()).isEqualTo(1);
    }

    @Test
    void aClientErrorIsKeptAndReplayedToo() {
        String key = UUID.randomUUID().toString();
        Response first = post("/api/v1/api-keys", owner.accessToken(), key, "{\"name\": \"\", \"scopes\": []}");
        Response second = post("/api/v1/api-keys", owner.accessToken(), key, "{\"name\": \"\", \"scopes\": []}");
        assertThat(first.status()).isEqualTo(400);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.isProblem()).isTrue();
    }

    // 3.12
    @Test
    void aRefusalOfTheCallerIsNotKeptSoTheRetryWithOtherCredentialsRuns() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Via retry\", \"scopes\": [\"agents:read\"]}";
        Response refused = post("/api/v1/api-keys", owner.apiKey(), key, body);
        assertThat(refused.status()).as("keys may not manage keys").isEqualTo(403);
        Response retried = post("/api/v1/api-keys", owner.accessToken(), key, body);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/v1/api-keys", owner.accessToken(), key,
                Http.json(Map.of("name", "One", "scopes", List.of("leads:read")))).status()).isEqualTo(201);

        Response otherBody = post("/api/v1/api-keys", owner.accessToken(), key,
                Http.json(Map.of("name", "Two", "scopes", List.of("leads:read"))));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.isProblem()).isTrue();
        assertThat(otherBody.json().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        Response otherPath = post("/api/v1/agents", owner.accessToken(), key, "{\"name\": \"One\"}");
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(keyNames()).containsExactlyInAnyOrder("Provisioning key", "One");
    }

    // 3.13
    @Test
    void ofConcurrentDuplicatesExactlyOneRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Http.json(Map.of("name", "Raced", "scopes", List.of("leads:read")));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                answers.add(threads.submit((Callable<Response>) () -> {
                    start.await();
                    return post("/api/v1/api-keys", owner.accessToken(), key, body);
                }));
            }
            start.countDown();
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        assertThat(responses).filteredOn(r -> r.status() == 201 && r.header("Idempotent-Replayed").isEmpty())
                .hasSize(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.status() == 201
                || r.status() == 409 && r.json().at("/code").asString().equals("IDEMPOTENCY_KEY_IN_PROGRESS"))
                .as(r.status() + " " + r.body()).isTrue());
        assertThat(keyNames()).containsExactlyInAnyOrder("Provisioning key", "Raced");
    }

    // 3.14
    @Test
    void keysAreTheTenantsOwn() {
        Staff other = Staff.newAgency(http, "idem-other");
        String key = "shared-key-" + UUID.randomUUID();
        String body = Http.json(Map.of("name", "Same", "scopes", List.of("leads:read")));
        Response mine = post("/api/v1/api-keys", owner.accessToken(), key, body);
        Response theirs = post("/api/v1/api-keys", other.accessToken(), key, body);
        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.json().at("/id").asString()).isNotEqualTo(mine.json().at("/id").asString());
    }

    @Test
    void aKeyMustBeOneTo255PrintableCharacters() {
        Response tooLong = post("/api/v1/api-keys", owner.accessToken(), "k".repeat(256),
                Http.json(Map.of("name", "Long", "scopes", List.of("leads:read"))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
        assertThat(keyNames()).containsExactly("Provisioning key");
    }

    @Test
    void anExpiredKeyRunsTheRequestAgain() {
        String key = UUID.randomUUID().toString();
        String body = Http.json(Map.of("name", "Daily", "scopes", List.of("leads:read")));
        assertThat(post("/api/v1/api-keys", owner.accessToken(), key, body).status()).isEqualTo(201);
        JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("update idempotency_key set created_at = created_at - interval '25 hours' where key = ?")
                .param(key).update();
        Response again = post("/api/v1/api-keys", owner.accessToken(), key, body);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEmpty();
        assertThat(keyNames()).containsExactlyInAnyOrder("Provisioning key", "Daily", "Daily");
    }

    @Test
    void theStoredAnswerIsEncryptedAtRest() {
        String key = UUID.randomUUID().toString();
        Response created = post("/api/v1/api-keys", owner.accessToken(), key,
                Http.json(Map.of("name", "Secretive", "scopes", List.of("leads:read"))));
        byte[] stored = JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("select response_body from idempotency_key where key = ?").param(key).query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(created.json().at("/secret").asString()).doesNotContain("Secretive");
    }

    @Test
    void postsWithoutAKeyOrWithoutATenantAreUntouched() {
        String body = Http.json(Map.of("name", "Twice", "scopes", List.of("leads:read")));
        assertThat(http.post("/api/v1/api-keys", owner.accessToken(), body).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/api-keys", owner.accessToken(), body).status()).isEqualTo(201);
        assertThat(keyNames()).containsExactlyInAnyOrder("Provisioning key", "Twice", "Twice");

        String key = UUID.randomUUID().toString();
        String login = Http.json(Map.of("email", owner.provisioned().at("/owner/email").asString(),
                "password", TestTenants.PASSWORD));
        Response first = post("/api/v1/auth/login", null, key, login);
        Response second = post("/api/v1/auth/login", null, key, login);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isEmpty();
        assertThat(second.json().at("/refreshToken").asString())
                .isNotEqualTo(first.json().at("/refreshToken").asString());
    }

    @Test
    void aBodyOverTheCapWithAKeyIsRefusedBeforeAnythingRunsOrIsReserved() {
        String key = UUID.randomUUID().toString();
        String huge = Http.json(Map.of("name", "x".repeat(MIB), "scopes", List.of("leads:read")));
        Response declared = post("/api/v1/api-keys", owner.accessToken(), key, huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.isProblem()).isTrue();
        assertThat(declared.json().at("/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");

        Response chunked = http.send(http.request("/api/v1/api-keys", owner.accessToken())
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertThat(chunked.status()).as("no Content-Length: refused while reading").isEqualTo(413);
        assertThat(chunked.json().at("/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");

        Response small = post("/api/v1/api-keys", owner.accessToken(), key,
                Http.json(Map.of("name", "After", "scopes", List.of("leads:read"))));
        assertThat(small.status()).as("the key was never reserved").isEqualTo(201);
        assertThat(small.header("Idempotent-Replayed")).isEmpty();
        assertThat(keyNames()).containsExactlyInAnyOrder("Provisioning key", "After");
    }

    @Test
    void aLargeBodyWithoutAKeyIsNotTheFiltersBusiness() {
        Response accepted = http.send(http.request("/api/v1/listings/imports", owner.apiKey())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(largeCsv())));
        assertThat(accepted.status()).isEqualTo(202);
    }

    @Test
    void aMultipartUploadOverTheCapKeepsItsKeyWithoutBeingBuffered() {
        String key = UUID.randomUUID().toString();
        String csv = largeCsv();
        assertThat(csv.length()).isGreaterThan(MIB);
        Response first = upload(key, csv);
        Response second = upload(key, csv);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.header("Idempotent-Replayed")).hasValue("true");
        assertThat(second.json().at("/id").asString()).isEqualTo(first.json().at("/id").asString());

        Response otherFile = upload(key, csv.replace("BIG-1,", "BIG-X,"));
        assertThat(otherFile.status()).isEqualTo(422);
        assertThat(otherFile.json().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void anUnreadableMultipartBodyWithAKeyIsABadRequest() {
        Response broken = http.send(http.request("/api/v1/listings/imports", owner.apiKey())
                .header("Content-Type", "multipart/form-data; boundary=nowhere")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("--elsewhere\r\nnot a part")));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.isProblem()).isTrue();
    }

    private static final int MIB = 1024 * 1024;

    /** A little over 1 MiB of CSV: 300 listings with long remarks. */
    private static String largeCsv() {
        StringBuilder csv = new StringBuilder("ListingKey,ListPrice,PublicRemarks\n");
        for (int i = 1; i <= 300; i++) {
            csv.append("BIG-").append(i).append(",100000,").append("r".repeat(3800)).append('\n');
        }
        return csv.toString();
    }

    private Response upload(String key, String csv) {
        String boundary = "----seiketsu" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.send(http.request("/api/v1/listings/imports", owner.apiKey())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response post(String path, String bearer, String key, String json) {
        HttpRequest.Builder request = bearer == null
                ? HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                : http.request(path, bearer);
        return http.send(request.header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private List<String> keyNames() {
        return http.get("/api/v1/api-keys", owner.accessToken()).json().at("/items").findValuesAsString("name");
    }
}
