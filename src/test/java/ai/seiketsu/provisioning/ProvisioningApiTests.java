package ai.seiketsu.provisioning;

import java.net.http.HttpRequest;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator provisions agencies over HTTP, and what comes out of it works. */
@IntegrationTest
class ProvisioningApiTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void provisionsATenantWithOwnerVoiceAgentAndAOneTimeApiKey() {
        String slug = TestTenants.uniqueSlug("sunrise");
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(slug));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.at("/tenant/slug").asString()).isEqualTo(slug);
        assertThat(body.at("/tenant/plan").asString()).isEqualTo("STARTER");
        assertThat(body.at("/tenant/status").asString()).isEqualTo("ACTIVE");
        assertThat(body.at("/tenant/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(body.at("/tenant/limits/members").asInt()).isEqualTo(3);
        assertThat(body.at("/owner/email").asString()).isEqualTo("owner@" + slug + ".test");
        assertThat(body.at("/owner/id").asString()).isNotBlank();
        String apiKey = body.at("/apiKey").asString();
        assertThat(apiKey).startsWith("sk_").hasSizeGreaterThan(40);

        Response agents = http.get("/api/v1/agents", apiKey);
        assertThat(agents.status()).isEqualTo(200);
        assertThat(agents.json().at("/items/0/name").asString()).isEqualTo("Receptionist");
        assertThat(agents.json().at("/items/0/greeting").asString()).contains("Agency " + slug);
        assertThat(agents.json().has("nextCursor")).isTrue();

        String tenantId = body.at("/tenant/id").asString();
        assertThat(http.get("/api/v1/tenants/" + tenantId, OPERATOR_TOKEN).json().at("/slug").asString())
                .isEqualTo(slug);
    }

    @Test
    void storesOnlyTheHashOfTheApiKeyAndOfThePassword() {
        String slug = TestTenants.uniqueSlug("hash");
        JsonNode body = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(slug)).json();
        String apiKey = body.at("/apiKey").asString();
        JdbcClient superuser = JdbcClient.create(TestDatabase.get().superuserDataSource());

        String keyRows = superuser.sql("select string_agg(k::text, ' ') from api_key k where tenant_id = ?::uuid")
                .param(body.at("/tenant/id").asString()).query(String.class).single();
        assertThat(keyRows).doesNotContain(apiKey).contains(apiKey.substring(0, 11));
        String hash = superuser.sql("select password_hash from account where email = ?")
                .param("owner@" + slug + ".test").query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestTenants.PASSWORD);
    }

    @Test
    void aTakenSlugIsAConflict() {
        String slug = TestTenants.uniqueSlug("taken");
        assertThat(http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(slug)).status()).isEqualTo(201);

        Response again = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(slug));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().at("/code").asString()).isEqualTo("SLUG_TAKEN");
    }

    @Test
    void badFieldsAreAllListedInOneProblem() {
        Response bad = http.post("/api/v1/tenants", OPERATOR_TOKEN, Http.json(Map.of(
                "name", "Agency", "slug", "Not A Slug!", "timeZone", "Mars/Olympus",
                "owner", Map.of("email", "not-an-email", "name", "Olivia", "password", "short"))));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().at("/errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("slug", "timeZone", "owner.email", "owner.password");
    }

    @Test
    void anUnknownPlanIsAFieldError() {
        String json = TestTenants.json(TestTenants.uniqueSlug("plan")).replace("\"STARTER\"", "\"GOLD\"");
        Response bad = http.post("/api/v1/tenants", OPERATOR_TOKEN, json);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("plan");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Response bad = http.post("/api/v1/tenants", OPERATOR_TOKEN, "{\"name\": ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().at("/code").asString()).isEqualTo("MALFORMED_REQUEST");
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at [Source");
    }

    @Test
    void wrongMethodAndMediaTypeAreProblemsToo() {
        Response wrongMethod = http.send(http.request("/api/v1/tenants", OPERATOR_TOKEN).DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.isProblem()).isTrue();
        assertThat(wrongMethod.json().at("/code").asString()).isEqualTo("METHOD_NOT_ALLOWED");

        Response wrongType = http.send(http.request("/api/v1/tenants", OPERATOR_TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.isProblem()).isTrue();
        assertThat(wrongType.json().at("/code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        Response unknown = http.get("/api/v1/no-such-thing", OPERATOR_TOKEN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.json().at("/code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void onlyTheOperatorMayProvisionOrListTenants() {
        Response anonymous = http.get("/api/v1/tenants");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.json().at("/code").asString()).isEqualTo("UNAUTHENTICATED");

        assertThat(http.get("/api/v1/tenants", "op_wrong").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/tenants", "sk_not-a-real-key").status()).isEqualTo(401);

        String apiKey = provision("keyholder").at("/apiKey").asString();
        Response withKey = http.post("/api/v1/tenants", apiKey, TestTenants.json(TestTenants.uniqueSlug("x")));
        assertThat(withKey.status()).isEqualTo(403);
        assertThat(withKey.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(http.get("/api/v1/tenants", apiKey).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/agents", OPERATOR_TOKEN).status()).as("operator has no tenant").isEqualTo(403);
    }

    @Test
    void anotherTenantsVoiceAgentIsNotFound() {
        JsonNode a = provision("tenant-a");
        JsonNode b = provision("tenant-b");
        String agentOfB = http.get("/api/v1/agents", b.at("/apiKey").asString()).json().at("/items/0/id").asString();

        Response crossTenant = http.get("/api/v1/agents/" + agentOfB, a.at("/apiKey").asString());
        assertThat(crossTenant.status()).isEqualTo(404);
        assertThat(crossTenant.json().at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(http.get("/api/v1/agents/" + agentOfB, b.at("/apiKey").asString()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/agents", a.at("/apiKey").asString()).json().at("/items").size()).isEqualTo(1);
    }

    @Test
    void aSuspendedTenantsCallsAreForbiddenUntilResumed() {
        JsonNode tenant = provision("suspend");
        String id = tenant.at("/tenant/id").asString();
        String apiKey = tenant.at("/apiKey").asString();

        Response suspended = http.patch("/api/v1/tenants/" + id, OPERATOR_TOKEN, "{\"status\":\"SUSPENDED\"}");
        assertThat(suspended.json().at("/status").asString()).isEqualTo("SUSPENDED");
        Response refused = http.get("/api/v1/agents", apiKey);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/code").asString()).isEqualTo("TENANT_SUSPENDED");

        http.patch("/api/v1/tenants/" + id, OPERATOR_TOKEN, "{\"status\":\"ACTIVE\"}");
        assertThat(http.get("/api/v1/agents", apiKey).status()).isEqualTo(200);
    }

    @Test
    void changingThePlanAppliesItsLimitsUnlessTheOperatorSetsTheirOwn() {
        String id = provision("plan").at("/tenant/id").asString();

        JsonNode professional = http.patch("/api/v1/tenants/" + id, OPERATOR_TOKEN, "{\"plan\":\"PROFESSIONAL\"}")
                .json();
        assertThat(professional.at("/plan").asString()).isEqualTo("PROFESSIONAL");
        assertThat(professional.at("/limits/voiceAgents").asInt()).isEqualTo(5);

        JsonNode custom = http.patch("/api/v1/tenants/" + id, OPERATOR_TOKEN, """
                {"limits": {"members": 40, "voiceAgents": 9, "concurrentCalls": 30, "monthlyVoiceMinutes": 9000,
                            "apiRequestsPerSecond": 150}}""").json();
        assertThat(custom.at("/limits/members").asInt()).isEqualTo(40);
        assertThat(custom.at("/plan").asString()).isEqualTo("PROFESSIONAL");

        Response invalid = http.patch("/api/v1/tenants/" + id, OPERATOR_TOKEN, "{\"limits\": {\"members\": 0}}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().at("/errors").findValuesAsString("field")).contains("limits.members");
    }

    @Test
    void unknownTenantIsNotFound() {
        Response missing = http.get("/api/v1/tenants/00000000-0000-0000-0000-000000000000", OPERATOR_TOKEN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/tenants/not-a-uuid", OPERATOR_TOKEN).status()).isEqualTo(400);
    }

    @Test
    void tenantsAreListedPageByPage() {
        provision("page-1");
        provision("page-2");
        JsonNode first = http.get("/api/v1/tenants?limit=1", OPERATOR_TOKEN).json();
        assertThat(first.at("/items").size()).isEqualTo(1);
        String cursor = first.at("/nextCursor").asString();
        assertThat(cursor).isNotBlank();

        JsonNode second = http.get("/api/v1/tenants?limit=1&cursor=" + cursor, OPERATOR_TOKEN).json();
        assertThat(second.at("/items/0/id").asString()).isNotEqualTo(first.at("/items/0/id").asString());

        assertThat(http.get("/api/v1/tenants?limit=0", OPERATOR_TOKEN).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/tenants?limit=201", OPERATOR_TOKEN).status()).isEqualTo(400);
        Response badCursor = http.get("/api/v1/tenants?cursor=garbage", OPERATOR_TOKEN);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().at("/errors/0/field").asString()).isEqualTo("cursor");
    }

    private JsonNode provision(String stem) {
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem)));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
