package ai.seiketsu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that talk to a running Seiketsu over real sockets. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client;
    private final String base;

    public Http(int port) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.base = "http://localhost:" + port;
    }

    /**
     * A client whose connections come from {@code localAddress} (any of 127.0.0.0/8 on Linux), so that the server
     * sees a client address of the test's own and per-address state (rate limits) is not shared with other tests.
     */
    public Http(int port, InetAddress localAddress) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).localAddress(localAddress)
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String bearer, String json) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST without credentials, for public endpoints. */
    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String bearer, String json) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Status, body, content type and headers of one answer. */
    public record Response(int status, String body, String contentType, HttpHeaders headers) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
