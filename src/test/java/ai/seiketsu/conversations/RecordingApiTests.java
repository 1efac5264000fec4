package ai.seiketsu.conversations;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recordings: stored through the Java API, streamed and deleted over HTTP, every download and deletion audited. */
@IntegrationTest
class RecordingApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Value("${seiketsu.data-dir}")
    Path dataDir;
    Http http;
    Staff agency;
    TenantId tenant;
    UUID id;

    @BeforeEach
    void conversation() {
        http = new Http(port);
        agency = Staff.newAgency(http, "recordings");
        tenant = TenantId.of(agency.tenantId());
        UUID agent = UUID.fromString(agency.provisioned().at("/voiceAgent/id").asString());
        id = TenantContext.call(tenant, () -> conversations.start(agent, Channel.PHONE));
    }

    @Test
    void storesStreamsAndDeletesARecordingAndAuditsBoth() throws Exception {
        byte[] audio = new byte[300_000];
        ThreadLocalRandom.current().nextBytes(audio);
        Recording stored = TenantContext.call(tenant, () -> conversations.storeRecording(id, "audio/wav", 9_375L,
                new ByteArrayInputStream(audio)));
        assertThat(stored).isEqualTo(new Recording("audio/wav", audio.length, 9_375L));
        Path file = dataDir.resolve("recordings").resolve(tenant.toString()).resolve(id.toString());
        assertThat(file).exists();

        HttpResponse<byte[]> download = download(agency.apiKey());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(download.body()).isEqualTo(audio);
        JsonNode detail = http.get("/api/v1/conversations/" + id, agency.apiKey()).json();
        assertThat(detail.at("/recording/contentType").asString()).isEqualTo("audio/wav");
        assertThat(detail.at("/recording/sizeBytes").asLong()).isEqualTo(audio.length);
        assertThat(detail.at("/recording/durationMs").asLong()).isEqualTo(9_375L);
        assertThat(detail.at("/recording").has("key")).as("where it is stored stays inside").isFalse();

        assertThat(http.send(http.request("/api/v1/conversations/" + id + "/recording", agency.accessToken())
                .DELETE()).status()).isEqualTo(204);
        assertThat(download(agency.apiKey()).statusCode()).isEqualTo(404);
        assertThat(file).doesNotExist();
        assertThat(http.get("/api/v1/conversations/" + id, agency.apiKey()).json().at("/recording").isNull()).isTrue();
        assertThat(http.send(http.request("/api/v1/conversations/" + id + "/recording", agency.accessToken())
                .DELETE()).status()).isEqualTo(404);

        JsonNode downloads = audit("conversation.recording_downloaded");
        assertThat(downloads.findValuesAsString("target")).containsExactly("conversation:" + id);
        assertThat(downloads.at("/0/actorType").asString()).isEqualTo("api_key");
        JsonNode deletions = audit("conversation.recording_deleted");
        assertThat(deletions.findValuesAsString("target")).containsExactly("conversation:" + id);
        assertThat(deletions.at("/0/actorId").asString()).isEqualTo(agency.ownerId());
    }

    @Test
    void aNewRecordingReplacesTheEarlierOne() throws Exception {
        TenantContext.call(tenant, () -> conversations.storeRecording(id, "audio/wav",
                new ByteArrayInputStream(new byte[] { 1, 2, 3 })));
        TenantContext.call(tenant, () -> conversations.storeRecording(id, "audio/mpeg",
                new ByteArrayInputStream(new byte[] { 4, 5 })));
        HttpResponse<byte[]> download = download(agency.apiKey());
        assertThat(download.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(download.body()).containsExactly(4, 5);
    }

    @Test
    void aReadOnlyKeyMayListenButNotDelete() throws Exception {
        TenantContext.call(tenant, () -> conversations.storeRecording(id, "audio/wav",
                new ByteArrayInputStream(new byte[] { 7 })));
        String reader = key(List.of("conversations:read"));
        String leadsOnly = key(List.of("leads:read"));

        assertThat(download(reader).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/conversations/" + id, reader).status()).isEqualTo(200);
        var refused = http.send(http.request("/api/v1/conversations/" + id + "/recording", reader).DELETE());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(download(leadsOnly).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/conversations", leadsOnly).status()).isEqualTo(403);
        assertThat(download(reader).statusCode()).as("still there").isEqualTo(200);
    }

    @Test
    void refusesAnythingButAudio() {
        for (String type : List.of("text/html", "audio/*", "not a type")) {
            assertThatThrownBy(() -> TenantContext.call(tenant, () -> conversations.storeRecording(id, type,
                    new ByteArrayInputStream(new byte[] { 1 }))))
                    .as(type).isInstanceOf(ProblemException.class).hasMessageContaining("invalid");
        }
        assertThat(download(agency.apiKey()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String bearer) {
        try {
            return HttpClient.newHttpClient().send(http.request("/api/v1/conversations/" + id + "/recording", bearer)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String key(List<String> scopes) {
        var created = http.post("/api/v1/api-keys", agency.accessToken(),
                Http.json(Map.of("name", "key " + scopes, "scopes", scopes)));
        assertThat(created.status()).isEqualTo(201);
        return created.json().at("/secret").asString();
    }

    private JsonNode audit(String action) {
        var response = http.get("/api/v1/audit-events?action=" + action, agency.accessToken());
        assertThat(response.status()).isEqualTo(200);
        return response.json().at("/items");
    }
}
