package ai.seiketsu.listings;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Listing calls the tests share: uploads, waiting for an import, creating a listing. */
record ListingApi(Http http, String bearer) {

    Response uploadCsv(String csv) {
        return upload("text/csv", csv);
    }

    Response upload(String contentType, String body) {
        return http.send(http.request("/api/v1/listings/imports", bearer).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Polls the import until it has finished; JobRunr picks jobs up every few seconds. */
    JsonNode awaitImport(Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location").orElseThrow();
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> http.get(location, bearer).json(),
                        state -> state.at("/status").asString().matches("COMPLETED|FAILED"));
    }

    JsonNode create(Map<String, Object> fields) {
        Response created = http.post("/api/v1/listings", bearer, Http.json(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode search(String query) {
        Response found = http.get("/api/v1/listings?" + query, bearer);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }
}
