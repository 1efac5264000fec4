package ai.seiketsu.support;

import java.util.Map;

import ai.seiketsu.support.Http.Response;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** A freshly provisioned agency and its owner, signed in: the usual starting point of an API test. */
public record Staff(JsonNode provisioned, String accessToken) {

    public static Staff newAgency(Http http, String stem) {
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode provisioned = created.json();
        Response session = http.post("/api/v1/auth/login", Http.json(Map.of(
                "email", provisioned.at("/owner/email").asString(), "password", TestTenants.PASSWORD)));
        assertThat(session.status()).isEqualTo(200);
        return new Staff(provisioned, session.json().at("/accessToken").asString());
    }

    public String tenantId() {
        return provisioned.at("/tenant/id").asString();
    }

    public String apiKey() {
        return provisioned.at("/apiKey").asString();
    }

    public String ownerId() {
        return provisioned.at("/owner/id").asString();
    }
}
