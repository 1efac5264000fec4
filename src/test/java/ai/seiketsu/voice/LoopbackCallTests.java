package ai.seiketsu.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.ConversationDetail;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.conversations.Turn;
import ai.seiketsu.conversations.TurnRole;
import ai.seiketsu.pipeline.audio.Wav;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.engines.SpeechEngines;

/**
 * A whole call inside a test with no network: a caller's WAV file played into the application's call
 * factory through the loopback transport in real time, heard by the real engines, answered,
 * and recorded.
 */
@IntegrationTest
class LoopbackCallTests {

    @LocalServerPort
    int port;
    @Autowired
    CallFactory calls;
    @Autowired
    Conversations conversations;
    @Autowired
    SpeechEngines engines;

    @Test
    void aCallersWavFileIsHeardAndAnswered() throws Exception {
        Staff staff = Staff.newAgency(new Http(port, java.net.InetAddress.getByName("127.0.0.74")), "loopback");
        TenantId tenant = TenantId.of(staff.tenantId());
        UUID agent = UUID.fromString(staff.provisioned().at("/voiceAgent/id").asString());
        short[] caller;
        // a caller's WAV file, as a recording would arrive: the embedded voice saying an in-domain sentence (the
        // recogniser's real-estate vocabulary does not hold "go forward ten meters", the repository's real clip)
        Path file = Files.createTempFile("caller", ".wav");
        try {
            Files.write(file, new Wav(16_000, TestAudio.padded(
                    TestAudio.spoken(engines, tenant, "I am looking to buy a house"), 300, 800, 3)).toBytes());
            try (InputStream in = Files.newInputStream(file)) {
                caller = Wav.read(in).samples();
            }
        }
        finally {
            Files.delete(file);
        }
        UUID conversation = TenantContext.call(tenant, () -> conversations.start(agent, Channel.WEB_VOICE));
        LoopbackTransport line = new LoopbackTransport(1);
        Call call = TenantContext.call(tenant,
                () -> calls.open(new CallContext(tenant, agent, conversation, CallMode.CALLER), line));
        line.connect(call);
        call.start();
        try {
            while (line.events("agent.speaking").isEmpty() || stillSpeaking(line)) {
                line.silence(200);
            }
            line.play(caller);
            Map<?, ?> metrics = null;
            for (int i = 0; i < 300 && metrics == null; i++) {
                line.silence(100);
                metrics = line.events("turn.metrics").stream().findFirst().orElse(null);
            }
            assertThat(metrics).as("the caller's turn was answered").isNotNull();
            line.awaitEvent("transcript", e -> "agent".equals(e.get("role")), Duration.ofSeconds(10));
        }
        finally {
            call.stop();
            call.disconnected();
        }

        // the call reports its outcome once its last turns are written, a moment after stop()
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> line.outcome() != null);
        ConversationDetail detail = TenantContext.call(tenant, () -> conversations.find(conversation)).orElseThrow();
        assertThat(detail.turns()).extracting(Turn::role).containsSubsequence(TurnRole.AGENT, TurnRole.CALLER,
                TurnRole.AGENT);
        Turn heard = detail.turns().stream().filter(t -> t.role() == TurnRole.CALLER).findFirst().orElseThrow();
        assertThat(heard.text()).isNotBlank();
    }

    /** Whether agent audio arrived during the last 300 ms of (fast) line noise. */
    private static boolean stillSpeaking(LoopbackTransport line) throws InterruptedException {
        long before = line.agentAudioMillis();
        Thread.sleep(300);
        return line.agentAudioMillis() != before;
    }
}
