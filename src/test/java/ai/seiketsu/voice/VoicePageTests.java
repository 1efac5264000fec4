package ai.seiketsu.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.pipeline.audio.Wav;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Chromium;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.voice.engines.SpeechEngines;
import tools.jackson.databind.JsonNode;

/**
 * The browser voice page ({@code /voice/}) end to end: a real headless Chromium whose microphone is a WAV file of a
 * caller's sentence opens the page with an agent's {@code pk_} key in the fragment, presses Talk, hears the greeting,
 * is heard and answered, hangs up, and the conversation is kept with its turns.
 */
@IntegrationTest
class VoicePageTests {

    private static final String GREETING = "Hello, this is Harbor Homes.";
    /** What the page shows: the transcript entries, the status line and the error line. */
    private static final String STATE = """
            JSON.stringify({transcript: [...document.querySelectorAll('#transcript li')].map(li =>
              li.dataset.role + ': ' + li.textContent), status: document.getElementById('status').textContent,
              error: document.getElementById('error').textContent})""";

    @LocalServerPort
    int port;
    @Autowired
    SpeechEngines engines;
    Http http;
    Staff agency;
    String agentId;

    @BeforeEach
    void agency() throws Exception {
        http = new Http(port, InetAddress.getByName("127.0.0.74"));
        agency = Staff.newAgency(http, "voice-page");
        agentId = agency.provisioned().at("/voiceAgent/id").asString();
    }

    @Test
    void thePageIsServedToAnyoneWithNoSecretAndSaneHeaders() {
        Response page = http.get("/voice/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"voice.js\">", "Content-Security-Policy");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("X-Frame-Options")).contains("DENY");
        assertThat(http.get("/voice").header("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/voice/"));
        for (String file : List.of("voice.js", "call.js", "worklet.js", "voice.css")) {
            Response asset = http.get("/voice/" + file);
            assertThat(asset.status()).as(file).isEqualTo(200);
            assertThat(asset.body()).as(file + " loads nothing from elsewhere")
                    .doesNotContainPattern("(src=|href=|from |import\\(|url\\()\\s*[\"'`]?https?:");
        }
        assertThat(http.get("/voice/call.js").contentType()).startsWith("text/javascript");
    }

    @Test
    void aCallerTalksToTheAgentInTheBrowserAndTheConversationIsKept(@TempDir Path dir) throws Exception {
        Chromium.executable();
        assertThat(http.patch("/api/v1/agents/" + agentId, agency.apiKey(),
                Http.json(Map.of("greeting", GREETING, "recordingEnabled", false))).status()).isEqualTo(200);
        String key = http.post("/api/v1/agents/" + agentId + "/publishable-keys", agency.apiKey(), "{}").json()
                .at("/key").asString();
        Path microphone = dir.resolve("caller.wav");
        // quiet while the agent greets, then the caller's sentence; %noloop: silence after it, not the file again
        Files.write(microphone, new Wav(16_000, TestAudio.padded(TestAudio.spoken(engines, TenantId.of(agency.tenantId()), "I am looking to buy a house"), 7_000, 1_000,
                7)).toBytes());

        try (Chromium chromium = Chromium.launch(List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + microphone + "%noloop",
                "--autoplay-policy=no-user-gesture-required"))) {
            chromium.navigate("http://localhost:" + port + "/voice/#agent=" + agentId + "&key=" + key);
            chromium.evaluate("document.getElementById('talk').click()");

            chromium.await(entry("agent", 0) + ".includes('Harbor Homes')", Duration.ofSeconds(20), STATE);
            chromium.await(entry("caller", 0) + ".length > 5", Duration.ofSeconds(30), STATE);
            chromium.await("document.querySelectorAll('#transcript li[data-role=agent]').length >= 2",
                    Duration.ofSeconds(20), STATE);
            chromium.await("document.querySelectorAll('#timings tbody tr').length >= 1", Duration.ofSeconds(5), STATE);
            String callerSaid = chromium.evaluate(entry("caller", 0)).asString().replaceFirst("^You: ", "");
            List<String> timings = texts(chromium.evaluate(
                    "[...document.querySelectorAll('#timings tbody tr:first-child td')].map(td => td.textContent)"));

            chromium.evaluate("document.getElementById('hang-up').click()");
            chromium.await("document.getElementById('status').textContent.startsWith('Call ended')",
                    Duration.ofSeconds(15), STATE);
            assertThat(chromium.evaluate("document.getElementById('error').textContent").asString()).isEmpty();

            assertThat(callerSaid).isNotBlank();
            assertThat(timings).hasSize(6).allSatisfy(cell -> assertThat(cell).matches("\\d+"));
            JsonNode conversation = conversationOf(agency);
            assertThat(conversation.at("/channel").asString()).isEqualTo("WEB_VOICE");
            assertThat(conversation.at("/status").asString()).isEqualTo("ENDED");
            List<JsonNode> turns = new ArrayList<>();
            conversation.at("/turns").forEach(turns::add);
            assertThat(turns).extracting(turn -> turn.at("/role").asString())
                    .containsSubsequence("AGENT", "CALLER", "AGENT");
            assertThat(turns.getFirst().at("/text").asString()).contains("Harbor Homes");
            assertThat(turns).extracting(turn -> turn.at("/text").asString()).contains(callerSaid);
        }
    }

    @Test
    void aRefusedTicketIsShownWithTheProblemsDetail() throws Exception {
        try (Chromium chromium = Chromium.launch(List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream"))) {
            chromium.navigate("http://localhost:" + port + "/voice/#agent=" + agentId + "&key=pk_not-a-key");
            chromium.evaluate("document.getElementById('talk').click()");

            chromium.await("document.getElementById('error').textContent.includes('(401)')", Duration.ofSeconds(10),
                    STATE);
            assertThat(chromium.evaluate("document.getElementById('error').textContent").asString())
                    .contains("The bearer token is missing, invalid or expired.");
            assertThat(chromium.evaluate("document.getElementById('talk').disabled").asBoolean()).isFalse();
        }
    }

    /** The text of the {@code index}th transcript entry of {@code role}, or '' while there is none. */
    private static String entry(String role, int index) {
        return "(document.querySelectorAll('#transcript li[data-role=" + role + "]')[" + index
                + "]?.textContent ?? '')";
    }

    private JsonNode conversationOf(Staff agency) {
        JsonNode list = http.get("/api/v1/conversations?channel=WEB_VOICE&agentId=" + agentId, agency.apiKey()).json();
        assertThat(list.at("/items")).hasSize(1);
        return http.get("/api/v1/conversations/" + list.at("/items/0/id").asString(), agency.apiKey()).json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
