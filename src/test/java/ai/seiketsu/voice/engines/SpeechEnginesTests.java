package ai.seiketsu.voice.engines;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.pipeline.SpeechToText;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The application's speech engines: per agent voice, cached, warmed with an agent's fixed phrases, in health. */
@IntegrationTest
class SpeechEnginesTests {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    SpeechEngines engines;
    @Autowired
    TtsAudioCache cache;
    @Autowired
    VoiceAgents agents;
    @Autowired
    SpeechHealthIndicator health;

    @Test
    void aSavedAgentsPhrasesAreInTheCacheBeforeItsFirstCall() throws InterruptedException {
        Http http = new Http(port);
        Staff owner = Staff.newAgency(http, "speech");
        String id = http.get("/api/v1/agents", owner.accessToken()).json().at("/items/0/id").asString();
        String greeting = "Welcome to Maple Homes. How can I help you today?";
        assertThat(http.patch("/api/v1/agents/" + id, owner.accessToken(),
                Http.json(Map.of("greeting", greeting, "voice", Map.of("speed", 1.1)))).status()).isEqualTo(200);
        TenantId tenant = TenantId.of(owner.tenantId());
        VoiceAgent agent = TenantContext.call(tenant, () -> agents.find(UUID.fromString(id))).orElseThrow();

        await("the greeting rendered in the background").atMost(Duration.ofSeconds(30))
                .until(() -> cache.get(key(tenant, agent, greeting)).isPresent());

        TextToSpeech speech = engines.textToSpeech(tenant, agent.voice());
        for (String phrase : FixedPhrases.of(agent)) {
            assertThat(speech.synthesize(phrase, pcm -> {
            }).cacheHit()).as(phrase).isTrue();
        }
        assertThat(FixedPhrases.of(agent)).contains(greeting, agent.recordingDisclosure(), FixedPhrases.GOODBYE);
    }

    @Test
    void anEngineThatIsNotAvailableIsSpokenByFreeTts() throws InterruptedException {
        TextToSpeech speech = engines.textToSpeech(TenantId.random(), new VoiceAgent.Voice("ELEVENLABS", "rachel", 1.0));

        assertThat(speech.engine()).isEqualTo("freetts");
        assertThat(Audio.synthesize(speech, "Hello.")).hasSizeGreaterThan(1_000);
    }

    @Test
    void twoCallsAreRecognisedAtOnceByTheTwoDecoders() throws InterruptedException {
        TextToSpeech speech = engines.textToSpeech(TenantId.random(), new VoiceAgent.Voice("EMBEDDED", "default", 1.0));
        Sphinx4SpeechToTextTests.Finals first = new Sphinx4SpeechToTextTests.Finals();
        Sphinx4SpeechToTextTests.Finals second = new Sphinx4SpeechToTextTests.Finals();
        try (SpeechToText.Stream one = engines.speechToText().open(first);
                SpeechToText.Stream other = engines.speechToText().open(second)) {
            speech.synthesize("I want to rent an apartment.", one::write);
            speech.synthesize("We want to sell our house.", other::write);
            one.endUtterance();
            other.endUtterance();

            assertThat(first.awaitFinals(1).get(0)).contains("rent", "apartment");
            assertThat(second.awaitFinals(1).get(0)).contains("sell", "house");
        }
        assertThat(engines.sphinx4().decodersLoaded()).isEqualTo(2);
    }

    @Test
    void healthNamesTheEnginesAndTheRecognitionQueue() {
        Health speech = health.health();

        assertThat(speech.getStatus()).isEqualTo(Status.UP);
        assertThat(speech.getDetails()).containsEntry("tts", "freetts").containsEntry("stt", "sphinx4")
                .containsEntry("languageModel", Sphinx4Settings.DOMAIN_LANGUAGE_MODEL)
                .containsEntry("decoders", 2).containsEntry("queueDepth", 0);
        assertThat(new Http(managementPort).get("/actuator/health").json().at("/components/speech/status").asString())
                .isEqualTo("UP");
    }

    private static TtsCacheKey key(TenantId tenant, VoiceAgent agent, String text) {
        return new TtsCacheKey(tenant, FreeTtsTextToSpeech.ENGINE, FreeTtsVoices.VOICE, agent.voice().speed(),
                CachingTextToSpeech.normalise(text));
    }
}
