package ai.seiketsu.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.voice.VoiceClient.Binary;
import ai.seiketsu.voice.VoiceClient.Frame;
import ai.seiketsu.voice.VoiceClient.Text;
import ai.seiketsu.voice.engines.SpeechEngines;
import tools.jackson.databind.JsonNode;

/**
 * Whole browser calls through the real pipeline, the embedded engines (Silero, Sphinx4, FreeTTS) and the guided
 * brain: a caller speaks (synthesised speech padded with line noise, streamed in real time like a microphone), is
 * transcribed, answered and heard, and the conversation is saved with the turn timings; a caller who talks over the
 * agent cuts it off and the saved agent turn keeps only what was heard; a caller who asks not to be called again
 * ends the call with the brain's outcome, summary and lead.
 */
@IntegrationTest
class VoiceCallTests {

    private static final String START = "{\"type\":\"start\",\"format\":\"pcm16le\",\"sampleRate\":16000}";

    @LocalServerPort
    int port;
    @Autowired
    SpeechEngines engines;
    Http http;
    Staff agency;
    String agentId;

    @BeforeEach
    void agency() throws Exception {
        http = new Http(port, InetAddress.getByName("127.0.0.73"));
        agency = Staff.newAgency(http, "voice-call");
        agentId = agency.provisioned().at("/voiceAgent/id").asString();
    }

    @Test
    void aCallerIsHeardAnsweredAndTheConversationKeepsTheTurnsWithTheirTimings() throws Exception {
        try (VoiceClient client = connect(); Microphone mic = new Microphone(client)) {
            String conversationId = client.event("ready").at("/conversationId").asString();
            client.send(START);
            mic.on();
            List<JsonNode> greeting = untilQuiet(client, Duration.ofSeconds(20));
            assertThat(types(greeting)).contains("agent.speaking");
            assertThat(agentTranscripts(greeting)).isNotEmpty();

            mic.say(speech("I am looking to buy a house"));
            JsonNode heard = awaitEvent(client, e -> "transcript".equals(type(e)) && "caller".equals(text(e, "role"))
                    && e.path("final").asBoolean() && !text(e, "text").isBlank(), Duration.ofSeconds(40));
            JsonNode metrics = awaitEvent(client, e -> "turn.metrics".equals(type(e)), Duration.ofSeconds(20));
            List<JsonNode> reply = untilQuiet(client, Duration.ofSeconds(20));

            assertThat(text(heard, "text")).containsAnyOf("buy", "house", "looking");
            assertThat(metrics.path("endpointMs").asLong()).isGreaterThanOrEqualTo(400);
            assertThat(metrics.path("responseMs").asLong()).isGreaterThanOrEqualTo(metrics.path("endpointMs").asLong());
            assertThat(agentTranscripts(reply)).isNotEmpty();

            client.send("{\"type\":\"stop\"}");
            awaitEvent(client, e -> "conversation.ended".equals(type(e)), Duration.ofSeconds(10));
            assertThat(client.closed()).isEqualTo(1000);

            JsonNode conversation = http.get("/api/v1/conversations/" + conversationId, agency.apiKey()).json();
            assertThat(conversation.at("/status").asString()).isEqualTo("ENDED");
            List<JsonNode> turns = new ArrayList<>();
            conversation.at("/turns").forEach(turns::add);
            assertThat(turns).extracting(t -> t.at("/role").asString()).containsSubsequence("AGENT", "CALLER",
                    "AGENT");
            JsonNode caller = turns.stream().filter(t -> "CALLER".equals(t.at("/role").asString())).findFirst()
                    .orElseThrow();
            assertThat(caller.at("/text").asString()).isEqualTo(text(heard, "text"));
            JsonNode answer = turns.get(turns.indexOf(caller) + 1);
            for (String timing : List.of("endpointMs", "sttMs", "thinkMs", "ttsFirstAudioMs", "responseMs")) {
                assertThat(answer.path(timing).isNumber()).as(timing).isTrue();
            }
            assertThat(answer.at("/responseMs").asLong()).isEqualTo(metrics.path("responseMs").asLong());
            assertThat(answer.at("/interrupted").asBoolean()).isFalse();
            assertThat(turns.getFirst().at("/responseMs").isNull() || turns.getFirst().at("/responseMs").isMissingNode())
                    .as("the greeting answers no caller turn").isTrue();
        }
    }

    @Test
    void aCallerWhoTalksOverTheAgentCutsItOffAndOnlyTheHeardWordsAreKept() throws Exception {
        String greeting = "Thank you for calling Harbor Homes, the friendliest real estate team on the whole coast, "
                + "where we help families find the right home in every neighbourhood we serve.";
        assertThat(http.patch("/api/v1/agents/" + agentId, agency.accessToken(),
                Http.json(Map.of("greeting", greeting, "recordingEnabled", false))).status()).isEqualTo(200);
        try (VoiceClient client = connect(); Microphone mic = new Microphone(client)) {
            String conversationId = client.event("ready").at("/conversationId").asString();
            client.send(START);
            mic.on();
            awaitEvent(client, e -> "agent.speaking".equals(type(e)), Duration.ofSeconds(20));
            awaitAgentAudio(client, 1_500); // the caller cuts in well into the greeting

            mic.say(speech("Sorry to interrupt, I want to sell my condo"));
            JsonNode interrupted = awaitEvent(client, e -> "agent.interrupted".equals(type(e)),
                    Duration.ofSeconds(20));

            String heardText = text(interrupted, "heardText");
            assertThat(heardText).isNotBlank().isNotEqualTo(greeting);
            assertThat(greeting).startsWith(heardText);
            client.send("{\"type\":\"stop\"}");
            awaitEvent(client, e -> "conversation.ended".equals(type(e)), Duration.ofSeconds(40));

            JsonNode conversation = http.get("/api/v1/conversations/" + conversationId, agency.apiKey()).json();
            JsonNode first = conversation.at("/turns/0");
            assertThat(first.at("/role").asString()).isEqualTo("AGENT");
            assertThat(first.at("/interrupted").asBoolean()).isTrue();
            assertThat(first.at("/text").asString()).isEqualTo(heardText);
        }
    }

    /**
     * A whole call with the guided brain, as a caller hears it: the greeting, the buyer's words answered with the
     * next qualifying question (the area), a callback number read back, then "please stop calling me" ends the call
     * with the brain's outcome. The conversation keeps every turn with its timings, the brain's outcome and summary,
     * and the lead the number made, marked do-not-call.
     */
    @Test
    void theGuidedBrainQualifiesTakesANumberAndHonoursAStopRequestThatEndsTheCall() throws Exception {
        // a short greeting and a brisk voice: the call plays in real time
        assertThat(http.patch("/api/v1/agents/" + agentId, agency.accessToken(), Http.json(Map.of(
                "greeting", "Hi, this is Harbor Homes. How can I help you today?", "recordingEnabled", false,
                "voice", Map.of("speed", 1.6)))).status()).isEqualTo(200);
        try (VoiceClient client = connect(); Microphone mic = new Microphone(client)) {
            String conversationId = client.event("ready").at("/conversationId").asString();
            client.send(START);
            mic.on();
            assertThat(String.join(" ", agentTranscripts(untilQuiet(client, Duration.ofSeconds(20)))))
                    .isEqualTo("Hi, this is Harbor Homes. How can I help you today?");

            Exchange buying = exchange(client, mic, "I want to buy a house");
            assertThat(buying.heard()).contains("buy", "house");
            assertThat(buying.answer()).contains("Got it: buying")
                    .endsWith("Which area or neighbourhood are you looking in?");

            // a sentence of the recogniser's corpus: the digits are heard reliably, and read back
            Exchange number = exchange(client, mic, "my phone number is five one two five five five zero one two three");
            assertThat(number.heard()).contains("phone number");
            assertThat(number.answer()).isEqualTo("I have 512-555-0123. Is that right?");

            mic.say(speech("please stop calling me"));
            List<JsonNode> last = new ArrayList<>();
            JsonNode ended = awaitEvent(client, e -> {
                last.add(e);
                return "conversation.ended".equals(type(e));
            }, Duration.ofSeconds(30));
            assertThat(String.join(" ", agentTranscripts(last))).startsWith("Understood.").endsWith("Goodbye.");
            assertThat(ended.at("/outcome").asString()).isEqualTo("DO_NOT_CALL");
            String leadId = ended.at("/leadId").asString();
            assertThat(leadId).isNotBlank();
            assertThat(client.closed()).isEqualTo(1000);

            JsonNode conversation = http.get("/api/v1/conversations/" + conversationId, agency.apiKey()).json();
            assertThat(conversation.at("/status").asString()).isEqualTo("ENDED");
            assertThat(conversation.at("/outcome").asString()).isEqualTo("DO_NOT_CALL");
            assertThat(conversation.at("/leadId").asString()).isEqualTo(leadId);
            assertThat(conversation.at("/summary").asString()).contains("512-555-0123", "wants to buy",
                    "Asked not to be called again", "Outcome: do not call.");
            List<JsonNode> turns = new ArrayList<>();
            conversation.at("/turns").forEach(turns::add);
            assertThat(turns).extracting(t -> t.at("/role").asString()).containsExactly("AGENT", "CALLER", "AGENT",
                    "CALLER", "AGENT", "CALLER", "AGENT");
            assertThat(turns).extracting(t -> t.at("/text").asString()).startsWith(
                    "Hi, this is Harbor Homes. How can I help you today?", buying.heard(), buying.answer(),
                    number.heard(), number.answer());
            assertThat(turns.get(5).at("/text").asString()).contains("stop calling");
            assertThat(turns.get(6).at("/text").asString()).isEqualTo(String.join(" ", agentTranscripts(last)));
            for (JsonNode answer : List.of(turns.get(2), turns.get(4), turns.get(6))) {
                for (String timing : List.of("endpointMs", "sttMs", "thinkMs", "ttsFirstAudioMs", "responseMs")) {
                    assertThat(answer.path(timing).isNumber()).as("%s of %s", timing, answer).isTrue();
                }
                assertThat(answer.at("/interrupted").asBoolean()).isFalse();
            }

            JsonNode lead = http.get("/api/v1/leads/" + leadId, agency.apiKey()).json();
            assertThat(lead.at("/phone").asString()).isEqualTo("+15125550123");
            assertThat(lead.at("/intent").asString()).isEqualTo("BUY");
            assertThat(lead.at("/doNotCall").asBoolean()).isTrue();
            assertThat(lead.at("/source").asString()).isEqualTo("WEB_VOICE");
        }
    }

    /** What the recogniser heard of the caller's words, and the agent's whole answer to them. */
    private record Exchange(String heard, String answer) {
    }

    /** The caller says {@code words}; the agent answers and falls quiet. */
    private Exchange exchange(VoiceClient client, Microphone mic, String words) throws InterruptedException {
        mic.say(speech(words));
        JsonNode heard = awaitEvent(client, e -> "transcript".equals(type(e)) && "caller".equals(text(e, "role"))
                && e.path("final").asBoolean() && !text(e, "text").isBlank(), Duration.ofSeconds(20));
        return new Exchange(text(heard, "text"),
                String.join(" ", agentTranscripts(untilQuiet(client, Duration.ofSeconds(20)))));
    }

    // ---- helpers

    /** Caller speech: the embedded synthesiser saying {@code words}, after 300 ms of line noise. */
    private short[] speech(String words) throws InterruptedException {
        return TestAudio.padded(TestAudio.spoken(engines, TenantId.of(agency.tenantId()), words), 300, 0,
                words.hashCode());
    }

    private VoiceClient connect() {
        String url = http.post("/api/v1/voice/tickets", agency.apiKey(),
                Http.json(Map.of("agentId", agentId, "mode", "CALLER"))).json().at("/url").asString();
        return VoiceClient.connect(port, url);
    }

    /** Events until the agent has been quiet (no audio) for 700 ms. */
    private static List<JsonNode> untilQuiet(VoiceClient client, Duration limit) {
        List<JsonNode> events = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        boolean heardAudio = false;
        while (System.nanoTime() < deadline) {
            Frame frame = client.poll(Duration.ofMillis(700));
            if (frame == null) {
                if (heardAudio) {
                    return events;
                }
                continue;
            }
            if (frame instanceof Binary) {
                heardAudio = true;
            }
            else if (frame instanceof Text text) {
                events.add(text.json());
            }
        }
        throw new AssertionError("the agent did not fall quiet within " + limit + "; events: " + events);
    }

    /** Reads until {@code millis} of agent audio (16 kHz PCM16: 32 bytes a millisecond) have arrived. */
    private static void awaitAgentAudio(VoiceClient client, int millis) {
        long bytes = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (bytes < millis * 32L) {
            assertThat(System.nanoTime()).as("%d ms of agent audio within 20 s", millis).isLessThan(deadline);
            if (client.poll(Duration.ofMillis(200)) instanceof Binary audio) {
                bytes += audio.bytes().length;
            }
        }
    }

    private static JsonNode awaitEvent(VoiceClient client, Predicate<JsonNode> wanted, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Frame frame = client.poll(Duration.ofMillis(200));
            if (frame instanceof Text text) {
                if (wanted.test(text.json())) {
                    return text.json();
                }
                seen.add(text.json().toString());
            }
        }
        throw new AssertionError("no such event within " + limit + "; seen: " + seen);
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(VoiceCallTests::type).toList();
    }

    private static List<String> agentTranscripts(List<JsonNode> events) {
        return events.stream().filter(e -> "transcript".equals(type(e)) && "agent".equals(text(e, "role")))
                .map(e -> text(e, "text")).toList();
    }

    private static String type(JsonNode event) {
        return text(event, "type");
    }

    private static String text(JsonNode event, String field) {
        return event.path(field).asString();
    }

    /**
     * A caller's microphone: streams line noise in real time, 20 ms per message, and what the caller says when
     * {@link #say} queues it, as a browser does.
     */
    static final class Microphone implements AutoCloseable {

        private final VoiceClient client;
        private final LinkedBlockingQueue<short[]> speech = new LinkedBlockingQueue<>();
        private volatile boolean running = true;
        private Thread thread = Thread.ofPlatform().unstarted(() -> {
        });

        Microphone(VoiceClient client) {
            this.client = client;
        }

        void on() {
            thread = Thread.ofPlatform().daemon().name("microphone").start(this::stream);
        }

        void say(short[] pcm) {
            for (int offset = 0; offset < pcm.length; offset += 320) {
                speech.add(java.util.Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + 320)));
            }
        }

        private void stream() {
            short[] line = TestAudio.noise(20, 30, 11);
            long next = System.nanoTime();
            while (running) {
                short[] frame = speech.poll();
                try {
                    client.send(bytes(frame != null ? frame : line));
                }
                catch (RuntimeException e) {
                    return; // the call is over
                }
                next += 20_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        private static byte[] bytes(short[] pcm) {
            ByteBuffer buffer = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asShortBuffer().put(pcm);
            return buffer.array();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(2_000);
        }
    }
}
