package ai.seiketsu.identity;

import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A voice agent's publishable key works for its website and nothing else. */
@IntegrationTest
class PublishableKeyTests {

    @LocalServerPort
    int port;
    Http http;
    Staff owner;
    String agentId;

    @BeforeEach
    void agency() {
        http = new Http(port);
        owner = Staff.newAgency(http, "website");
        agentId = http.get("/api/v1/agents", owner.accessToken()).json().at("/items/0/id").asString();
    }

    @Test
    void aPublishableKeyIsShownOnceListedWithoutItsSecretAndCannotReadAnything() {
        Response created = http.post("/api/v1/agents/" + agentId + "/publishable-keys", owner.accessToken(),
                Http.json(Map.of("name", "Main website")));
        assertThat(created.status()).isEqualTo(201);
        String key = created.json().at("/key").asString();
        assertThat(key).startsWith("pk_");
        assertThat(created.json().at("/agentId").asString()).isEqualTo(agentId);

        Response listed = http.get("/api/v1/agents/" + agentId + "/publishable-keys", owner.accessToken());
        assertThat(listed.json().at("/0/name").asString()).isEqualTo("Main website");
        assertThat(listed.body()).doesNotContain(key);

        for (String path : new String[] {"/api/v1/agents", "/api/v1/users", "/api/v1/api-keys",
                "/api/v1/audit-events", "/api/v1/agents/" + agentId + "/publishable-keys"}) {
            assertThat(http.get(path, key).status()).as(path).isEqualTo(403);
        }
        assertThat(http.get("/api/v1/tenants", key).status()).isEqualTo(403);
    }

    @Test
    void aRevokedPublishableKeyIsRefusedAtOnce() {
        JsonNode created = http.post("/api/v1/agents/" + agentId + "/publishable-keys", owner.accessToken(), "{}")
                .json();
        String key = created.at("/key").asString();
        assertThat(http.get("/api/v1/agents", key).status()).as("known but not allowed").isEqualTo(403);

        assertThat(http.send(http.request("/api/v1/agents/" + agentId + "/publishable-keys/"
                + created.at("/id").asString(), owner.accessToken()).DELETE()).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/agents", key).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/agents", "pk_never-issued").status()).isEqualTo(401);
    }

    @Test
    void deletingTheVoiceAgentRevokesItsKeysAtOnce() {
        String first = http.post("/api/v1/agents/" + agentId + "/publishable-keys", owner.accessToken(), "{}").json()
                .at("/key").asString();
        String second = http.post("/api/v1/agents/" + agentId + "/publishable-keys", owner.accessToken(), "{}").json()
                .at("/key").asString();
        assertThat(http.get("/api/v1/agents", first).status()).as("known (and now cached)").isEqualTo(403);
        assertThat(http.get("/api/v1/agents", second).status()).isEqualTo(403);

        assertThat(http.send(http.request("/api/v1/agents/" + agentId, owner.accessToken()).DELETE()).status())
                .isEqualTo(204);

        assertThat(http.get("/api/v1/agents", first).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/agents", second).status()).isEqualTo(401);
        assertThat(JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("select count(*) from publishable_key where agent_id = ?::uuid and revoked_at is null")
                .param(agentId).query(Long.class).single()).isZero();
        JsonNode revocations = http.get("/api/v1/audit-events?action=publishable_key.revoked", owner.accessToken())
                .json().at("/items");
        assertThat(revocations.size()).isEqualTo(2);
        assertThat(revocations.findValuesAsString("actorId")).containsOnly(owner.ownerId());
    }

    @Test
    void onlyThoseWhoMayChangeVoiceAgentsManageTheirKeys() {
        String reader = http.post("/api/v1/api-keys", owner.accessToken(), Http.json(Map.of("name", "Reader",
                "scopes", java.util.List.of("agents:read")))).json().at("/secret").asString();
        assertThat(http.post("/api/v1/agents/" + agentId + "/publishable-keys", reader, "{}").status())
                .isEqualTo(403);
        Staff other = Staff.newAgency(http, "website-other");
        assertThat(http.post("/api/v1/agents/" + agentId + "/publishable-keys", other.accessToken(), "{}").status())
                .isEqualTo(404);
    }
}
