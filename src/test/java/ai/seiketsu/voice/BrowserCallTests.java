package ai.seiketsu.voice;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.voice.VoiceClient.Binary;
import ai.seiketsu.voice.VoiceClient.Frame;
import ai.seiketsu.voice.VoiceClient.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The browser call's wire protocol (product.md, "Browser voice") over a real WebSocket, with a scripted call. */
@IntegrationTest
class BrowserCallTests {

    static final String START = "{\"type\":\"start\",\"format\":\"pcm16le\",\"sampleRate\":16000}";

    @LocalServerPort
    int port;
    @Autowired
    ScriptedCalls scripted;
    Http http;
    Staff agency;
    UUID agentId;
    Scripts.Echo echo = new Scripts.Echo();

    @BeforeEach
    void agency() throws Exception {
        http = new Http(port, InetAddress.getByName("127.0.0.72"));
        agency = Staff.newAgency(http, "browser-call");
        agentId = UUID.fromString(agency.provisioned().at("/voiceAgent/id").asString());
        scripted.script(agentId, echo);
    }

    @Test
    void aCallerStartsTalksIsHeardAndStopsAndTheConversationIsRecorded() throws Exception {
        try (VoiceClient client = connect()) {
            String conversationId = client.event("ready").at("/conversationId").asString();
            client.send(START);
            client.event("agent.speaking");
            byte[] speech = speech(640);
            client.send(speech);
            assertThat(client.audio()).isEqualTo(speech);
            client.send("{\"type\":\"playback\",\"playedMs\":120}");
            assertThat(client.event("heard").at("/playedMs").asLong()).isEqualTo(120);

            client.send("{\"type\":\"stop\"}");

            JsonNode ended = client.event("conversation.ended");
            assertThat(ended.at("/outcome").asString()).isEqualTo("INFORMATION_PROVIDED");
            assertThat(ended.has("leadId")).isTrue();
            assertThat(ended.at("/leadId").isNull()).isTrue();
            assertThat(client.closed()).isEqualTo(1000);
            JsonNode conversation = conversation(conversationId);
            assertThat(conversation.at("/status").asString()).isEqualTo("ENDED");
            assertThat(conversation.at("/channel").asString()).isEqualTo("WEB_VOICE");
            assertThat(conversation.at("/agentId").asString()).isEqualTo(agentId.toString());
            assertThat(conversation.at("/outcome").asString()).isEqualTo("INFORMATION_PROVIDED");
            assertThat(echo.disconnected()).isTrue();
        }
    }

    @Test
    void aCallThatReportsItsOwnOutcomeAndLeadHasThemKeptAndTold() {
        UUID lead = UUID.fromString(http.post("/api/v1/leads", agency.accessToken(),
                Http.json(Map.of("firstName", "Bea"))).json().at("/id").asString());
        scripted.script(agentId, new Scripts.Reporting(ConversationOutcome.QUALIFIED, lead));
        try (VoiceClient client = connect()) {
            String conversationId = client.event("ready").at("/conversationId").asString();
            client.send(START);
            client.event("agent.speaking");
            client.send("{\"type\":\"stop\"}");

            JsonNode ended = client.event("conversation.ended");
            assertThat(ended.at("/outcome").asString()).isEqualTo("QUALIFIED");
            assertThat(ended.at("/leadId").asString()).isEqualTo(lead.toString());
            assertThat(client.closed()).isEqualTo(1000);
            JsonNode conversation = conversation(conversationId);
            assertThat(conversation.at("/outcome").asString()).isEqualTo("QUALIFIED");
            assertThat(conversation.at("/leadId").asString()).isEqualTo(lead.toString());
        }
    }

    @Test
    void badFramesAreDroppedWithBadFrameAndTheCallGoesOn() {
        try (VoiceClient client = connect()) {
            client.event("ready");
            client.send(speech(320));
            client.error("BAD_FRAME"); // audio before start
            client.send("{\"type\":\"playback\",\"playedMs\":5}");
            client.error("BAD_FRAME"); // playback before start
            client.send("{\"type\":\"start\"}");
            client.event("agent.speaking");

            client.send(new byte[641]);
            client.error("BAD_FRAME"); // half a sample
            client.send(new byte[6_402]);
            client.error("BAD_FRAME"); // longer than 200 ms
            client.send("not json at all");
            client.error("BAD_FRAME");
            client.send("{\"type\":\"dance\"}");
            client.error("BAD_FRAME");
            client.send("[1, 2]");
            client.error("BAD_FRAME");
            client.send("{\"type\":\"playback\",\"playedMs\":\"soon\"}");
            client.error("BAD_FRAME");
            client.send("{\"type\":\"start\"}");
            client.error("BAD_FRAME"); // twice

            byte[] longest = speech(6_400);
            client.send(longest);
            assertThat(client.audio()).isEqualTo(longest);
            client.send("{\"type\":\"stop\"}");
            client.event("conversation.ended");
            assertThat(client.closed()).isEqualTo(1000);
        }
    }

    @Test
    void anUnsupportedFormatEndsTheCallWith1008() {
        for (String start : new String[] {"{\"type\":\"start\",\"format\":\"opus\"}",
                "{\"type\":\"start\",\"format\":\"pcm16le\",\"sampleRate\":8000}"}) {
            try (VoiceClient client = connect()) {
                String conversationId = client.event("ready").at("/conversationId").asString();
                client.send(start);

                client.error("UNSUPPORTED_FORMAT");
                assertThat(client.closed()).isEqualTo(1008);
                assertThat(conversation(conversationId).at("/outcome").asString()).isEqualTo("INCOMPLETE");
            }
        }
    }

    @Test
    void aDroppedConnectionStillEndsTheConversation() throws Exception {
        VoiceClient client = connect();
        String conversationId = client.event("ready").at("/conversationId").asString();
        client.send(START);
        client.event("agent.speaking");

        client.drop();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(conversation(conversationId).at("/status").asString()).isEqualTo("ENDED"));
        assertThat(conversation(conversationId).at("/outcome").asString()).isEqualTo("INCOMPLETE");
        assertThat(echo.disconnected()).isTrue();
    }

    @Test
    void aFailureOnOurSideIsInternalWith1011() {
        scripted.script(agentId, new Scripts.Broken());
        try (VoiceClient client = connect()) {
            String conversationId = client.event("ready").at("/conversationId").asString();
            client.send(START);
            client.send(speech(320));

            JsonNode error = client.error("INTERNAL");
            assertThat(error.at("/message").asString()).doesNotContain("a bug in the pipeline");
            assertThat(client.closed()).isEqualTo(1011);
            assertThat(conversation(conversationId).at("/status").asString()).isEqualTo("ENDED");
        }
    }

    @Test
    void tooManyMessagesAreRateLimitedAndTheCallGoesOn() throws Exception {
        try (VoiceClient client = connect()) {
            client.event("ready");
            client.send(START);
            client.event("agent.speaking");

            for (int i = 0; i < 300; i++) {
                client.send("{\"type\":\"playback\",\"playedMs\":" + i + "}");
            }

            assertThat(drainUntilError(client)).isEqualTo("RATE_LIMITED");
            Thread.sleep(1_100); // the budget refills
            byte[] speech = speech(320);
            client.send(speech);
            assertThat(nextAudio(client)).isEqualTo(speech);
        }
    }

    @Test
    void audioFasterThanRealTimeIsRateLimited() {
        try (VoiceClient client = connect()) {
            client.event("ready");
            client.send(START);
            client.event("agent.speaking");

            for (int i = 0; i < 30; i++) { // 6 s of audio at once; the budget is 3 s plus 1.5 s a second
                client.send(speech(6_400));
            }

            assertThat(drainUntilError(client)).isEqualTo("RATE_LIMITED");
        }
    }

    private VoiceClient connect() {
        String url = http.post("/api/v1/voice/tickets", agency.apiKey(),
                Http.json(Map.of("agentId", agentId.toString(), "mode", "CALLER"))).json().at("/url").asString();
        return VoiceClient.connect(port, url);
    }

    private JsonNode conversation(String id) {
        return http.get("/api/v1/conversations/" + id, agency.apiKey()).json();
    }

    /** Skips echoes and other events up to the first error, and answers its code. */
    static String drainUntilError(VoiceClient client) {
        for (int i = 0; i < 1_000; i++) {
            if (client.next() instanceof Text text && "error".equals(text.type())) {
                return text.json().at("/code").asString();
            }
        }
        throw new AssertionError("no error among 1,000 frames");
    }

    static byte[] nextAudio(VoiceClient client) {
        while (true) {
            Frame frame = client.next();
            if (frame instanceof Binary audio) {
                return audio.bytes();
            }
        }
    }

    /** A recognisable pattern of {@code bytes} bytes (an even number: whole samples). */
    static byte[] speech(int bytes) {
        byte[] audio = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            audio[i] = (byte) (i * 7 + 3);
        }
        return audio;
    }
}
