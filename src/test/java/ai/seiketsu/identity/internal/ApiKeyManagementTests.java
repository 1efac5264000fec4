package ai.seiketsu.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins create scoped API keys, see them without their secrets, and revoke them with immediate effect. */
@IntegrationTest
class ApiKeyManagementTests {

    @LocalServerPort
    int port;
    @Autowired
    SharedCache cache;
    Http http;
    Staff owner;

    @BeforeEach
    void agency() {
        http = new Http(port);
        owner = Staff.newAgency(http, "keys");
    }

    @Test
    void aScopedKeyCanDoWhatItsScopesAllowAndNothingElse() {
        JsonNode created = create(Map.of("name", "CRM sync", "scopes", List.of("agents:read")));
        String secret = created.at("/secret").asString();
        assertThat(secret).startsWith("sk_");
        assertThat(created.at("/prefix").asString()).isEqualTo(secret.substring(0, 11));
        assertThat(created.at("/createdBy").asString()).isEqualTo(owner.ownerId());

        assertThat(http.get("/api/v1/agents", secret).status()).isEqualTo(200);
        Response noScope = http.get("/api/v1/users", secret);
        assertThat(noScope.status()).isEqualTo(403);
        assertThat(noScope.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(http.get("/api/v1/api-keys", secret).status()).as("keys cannot manage keys").isEqualTo(403);
        assertThat(http.get("/api/v1/api-keys", owner.apiKey()).status()).as("not even an all-scopes key")
                .isEqualTo(403);
    }

    @Test
    void listingShowsKeysButNeverTheirSecrets() {
        JsonNode created = create(Map.of("name", "Listed", "scopes", List.of("leads:read", "leads:write")));
        http.get("/api/v1/agents", owner.apiKey());
        Response list = http.get("/api/v1/api-keys", owner.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().at("/items").findValuesAsString("name")).contains("Provisioning key", "Listed");
        assertThat(list.body()).doesNotContain(created.at("/secret").asString()).doesNotContain("secret");
        JsonNode one = http.get("/api/v1/api-keys/" + created.at("/id").asString(), owner.accessToken()).json();
        assertThat(one.at("/scopes/0").asString()).isEqualTo("leads:read");
        assertThat(one.at("/revokedAt").isNull()).isTrue();
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceEvenThoughLookupsAreCached() {
        JsonNode created = create(Map.of("name", "Soon revoked", "scopes", List.of("agents:read")));
        String secret = created.at("/secret").asString();
        assertThat(http.get("/api/v1/agents", secret).status()).isEqualTo(200);

        Response revoked = http.send(http.request("/api/v1/api-keys/" + created.at("/id").asString(),
                owner.accessToken()).DELETE());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/agents", secret).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/api-keys/" + created.at("/id").asString(), owner.accessToken()).json()
                .at("/revokedAt").isNull()).isFalse();
    }

    @Test
    void anExpiredKeyIsRefused() {
        JsonNode created = create(Map.of("name", "Expiring", "scopes", List.of("agents:read"),
                "expiresAt", Instant.now().plusSeconds(3600).toString()));
        String secret = created.at("/secret").asString();
        assertThat(http.get("/api/v1/agents", secret).status()).isEqualTo(200);

        JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("update api_key set expires_at = now() - interval '1 second' where id = ?")
                .param(UUID.fromString(created.at("/id").asString())).update();
        cache.evict(ApiKeyAuthenticator.cacheKey(ApiKeySecrets.hash(secret)));
        assertThat(http.get("/api/v1/agents", secret).status()).isEqualTo(401);
    }

    @Test
    void badRequestsAreFieldErrors() {
        Response bad = http.post("/api/v1/api-keys", owner.accessToken(), Http.json(Map.of(
                "name", "", "scopes", List.of("agents:read", "everything:all"),
                "expiresAt", Instant.now().minusSeconds(60).toString())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "scopes", "expiresAt");
    }

    @Test
    void anotherTenantsKeyIsNotFound() {
        Staff other = Staff.newAgency(http, "keys-other");
        String foreignKeyId = http.get("/api/v1/api-keys", other.accessToken()).json().at("/items/0/id").asString();
        assertThat(http.get("/api/v1/api-keys/" + foreignKeyId, owner.accessToken()).status()).isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/api-keys/" + foreignKeyId, owner.accessToken()).DELETE())
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/agents", other.apiKey()).status()).as("still works").isEqualTo(200);
    }

    private JsonNode create(Map<String, Object> body) {
        Response created = http.post("/api/v1/api-keys", owner.accessToken(), Http.json(body));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
