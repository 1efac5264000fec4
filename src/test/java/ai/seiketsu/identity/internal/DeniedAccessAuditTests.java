package ai.seiketsu.identity.internal;

import java.util.List;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Denied access by a known caller is recorded in that caller's tenant's audit log. */
@IntegrationTest
class DeniedAccessAuditTests {

    @LocalServerPort
    int port;

    @Test
    void aKeyDeniedAnEndpointLeavesAnAuditEvent() {
        Http http = new Http(port);
        Staff owner = Staff.newAgency(http, "denied");
        JsonNode key = http.post("/api/v1/api-keys", owner.accessToken(), Http.json(Map.of("name", "Narrow",
                "scopes", List.of("agents:read")))).json();
        assertThat(http.get("/api/v1/users", key.at("/secret").asString()).status()).isEqualTo(403);

        JsonNode events = http.get("/api/v1/audit-events?action=access.denied", owner.accessToken()).json();
        assertThat(events.at("/items/0/actorType").asString()).isEqualTo("api_key");
        assertThat(events.at("/items/0/actorId").asString()).isEqualTo(key.at("/id").asString());
        assertThat(events.at("/items/0/outcome").asString()).isEqualTo("DENIED");
        assertThat(events.at("/items/0/target").asString()).isEqualTo("endpoint:GET /api/v1/users");
    }
}
