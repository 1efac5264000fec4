package ai.seiketsu.listings;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode state = http.get(location, bearer).json();
            String status = state.at("/status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return state;
            }
            sleep();
        }
        return fail("import did not finish within 60 s: " + location);
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

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
