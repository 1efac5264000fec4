package ai.seiketsu.audit;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Changes to the agency's voice agents and listings land in its audit log, each with who made it. */
@IntegrationTest
class AgencyDataAuditTests {

    @LocalServerPort
    int port;
    Http http;
    Staff agency;
    String owner;
    String apiKey;

    @BeforeEach
    void agency() {
        http = new Http(port);
        agency = Staff.newAgency(http, "audited");
        owner = agency.ownerId();
        apiKey = http.get("/api/v1/api-keys", agency.accessToken()).json().at("/items/0/id").asString();
    }

    @Test
    void voiceAgentChangesAreAuditedWithTheirActor() {
        String first = http.get("/api/v1/agents", agency.apiKey()).json().at("/items/0/id").asString();
        assertThat(delete("/api/v1/agents/" + first, agency.accessToken()).status()).isEqualTo(204);
        Response created = http.post("/api/v1/agents", agency.apiKey(), "{\"name\": \"Front desk\"}");
        assertThat(created.status()).isEqualTo(201);
        String second = created.json().at("/id").asString();
        assertThat(http.patch("/api/v1/agents/" + second, agency.accessToken(), "{\"tone\": \"calm\"}").status())
                .isEqualTo(200);
        assertThat(http.patch("/api/v1/agents/" + second, agency.accessToken(), "{\"language\": \"fr\"}").status())
                .as("a refused change is not recorded").isEqualTo(400);

        assertThat(events("voice_agent.")).containsExactly(
                "voice_agent.updated user:" + owner + " voice_agent:" + second + " SUCCESS",
                "voice_agent.created api_key:" + apiKey + " voice_agent:" + second + " SUCCESS",
                "voice_agent.deleted user:" + owner + " voice_agent:" + first + " SUCCESS");
    }

    @Test
    void listingChangesAreAuditedWithTheirActor() {
        Response created = http.post("/api/v1/listings", agency.apiKey(),
                Http.json(Map.of("ListingKey", "AUD-1", "ListPrice", 500000)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().at("/id").asString();
        assertThat(http.patch("/api/v1/listings/" + id, agency.accessToken(), "{\"ListPrice\": 490000}").status())
                .isEqualTo(200);
        assertThat(http.send(http.request("/api/v1/listings/" + id, agency.apiKey())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"ListingKey\": \"AUD-1\", \"ListPrice\": 480000}")))
                .status()).isEqualTo(200);
        assertThat(delete("/api/v1/listings/" + id, agency.accessToken()).status()).isEqualTo(204);

        assertThat(events("listing.")).containsExactly(
                "listing.deleted user:" + owner + " listing:" + id + " SUCCESS",
                "listing.updated api_key:" + apiKey + " listing:" + id + " SUCCESS",
                "listing.updated user:" + owner + " listing:" + id + " SUCCESS",
                "listing.created api_key:" + apiKey + " listing:" + id + " SUCCESS");
    }

    @Test
    void anImportIsAuditedWhenItEndsWithWhoUploadedIt() {
        String done = awaitImport(upload("text/csv", "ListingKey,ListPrice\nIMP-1,300000\nIMP-2,oops\n",
                agency.accessToken()));
        String failed = awaitImport(upload("application/json", "{\"value\": [ {\"ListingKey\": ", agency.apiKey()));

        assertThat(events("listing_import.")).containsExactly(
                "listing_import.failed api_key:" + apiKey + " listing_import:" + failed + " FAILURE",
                "listing_import.completed user:" + owner + " listing_import:" + done + " SUCCESS");
        assertThat(events("listing.")).as("an import is one record, not one per row").isEmpty();
    }

    /** {@code action actorType:actorId target outcome} of the tenant's events whose action starts so, newest first. */
    private List<String> events(String actionPrefix) {
        Response page = http.get("/api/v1/audit-events?limit=200", agency.accessToken());
        assertThat(page.status()).isEqualTo(200);
        return page.json().at("/items").valueStream()
                .filter(e -> e.at("/action").asString().startsWith(actionPrefix))
                .map(e -> e.at("/action").asString() + " " + e.at("/actorType").asString()
                        + (e.at("/actorId").isNull() ? "" : ":" + e.at("/actorId").asString()) + " "
                        + e.at("/target").asString() + " " + e.at("/outcome").asString())
                .toList();
    }

    private Response delete(String path, String bearer) {
        return http.send(http.request(path, bearer).DELETE());
    }

    private Response upload(String contentType, String body, String bearer) {
        Response accepted = http.send(http.request("/api/v1/listings/imports", bearer)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted;
    }

    private String awaitImport(Response accepted) {
        String location = accepted.header("Location").orElseThrow();
        JsonNode finished = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> http.get(location, agency.apiKey()).json(),
                        state -> state.at("/status").asString().matches("COMPLETED|FAILED"));
        return finished.at("/id").asString();
    }
}
