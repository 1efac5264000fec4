package ai.seiketsu.voice.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.conversations.Turn;
import ai.seiketsu.conversations.TurnRole;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.audio.EnergyVad;
import ai.seiketsu.pipeline.audio.VadAnalyzer;
import ai.seiketsu.pipeline.audio.Wav;
import ai.seiketsu.pipeline.fakes.ScriptedSpeechToText;
import ai.seiketsu.pipeline.fakes.ToneTextToSpeech;
import ai.seiketsu.pipeline.processors.OutputPacer;
import ai.seiketsu.pipeline.processors.ResponderProcessor;
import ai.seiketsu.pipeline.processors.SttProcessor;
import ai.seiketsu.pipeline.processors.TtsProcessor;
import ai.seiketsu.pipeline.processors.TurnTaking;
import ai.seiketsu.pipeline.processors.VadProcessor;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.CallContext;
import ai.seiketsu.voice.CallMode;
import ai.seiketsu.voice.LoopbackTransport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A call session with instant fake engines and the real conversation record: when the agent ends the call, its
 * last words are saved before the end is reported, so the conversation never ends without them.
 */
@IntegrationTest
class CallSessionTests {

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Autowired
    VoiceAgents agents;

    @Test
    void whenTheAgentSaysGoodbyeEveryTurnIsSavedBeforeTheCallEnds() throws Exception {
        Staff staff = Staff.newAgency(new Http(port, InetAddress.getByName("127.0.0.75")), "call-session");
        TenantId tenant = TenantId.of(staff.tenantId());
        UUID agentId = UUID.fromString(staff.provisioned().at("/voiceAgent/id").asString());
        var agent = TenantContext.call(tenant, () -> agents.find(agentId)).orElseThrow();
        UUID conversation = TenantContext.call(tenant, () -> conversations.start(agentId, Channel.WEB_VOICE));
        List<Turn> savedAtEnd = new CopyOnWriteArrayList<>();
        LoopbackTransport line = new LoopbackTransport(4) {
            @Override
            public void end(ConversationOutcome outcome, @Nullable UUID leadId) {
                savedAtEnd.addAll(TenantContext.call(tenant, () -> conversations.find(conversation))
                        .orElseThrow().turns());
                super.end(outcome, leadId);
            }
        };
        StageFactory stages = () -> List.<FrameProcessor>of(
                new VadProcessor(new EnergyVad(), VadAnalyzer.Settings.DEFAULTS),
                new SttProcessor(new ScriptedSpeechToText(List.of("okay goodbye"))),
                new TurnTaking(Duration.ofMillis(500), Duration.ofMillis(300)),
                new ResponderProcessor(new ScriptedResponder(agent)),
                new TtsProcessor(new ToneTextToSpeech(2)),
                new OutputPacer(16_000, Duration.ofMillis(20), Duration.ZERO, 1));
        CallSession call = new CallSession(new CallContext(tenant, agentId, conversation, CallMode.CALLER), line,
                conversations, new TurnMetricsRecorder(new SimpleMeterRegistry(), "scripted", "tone"), stages);
        line.connect(call);
        short[] caller;
        try (InputStream in = getClass().getResourceAsStream("/audio/goforward.wav")) {
            caller = Wav.read(Objects.requireNonNull(in)).samples();
        }

        call.start();
        line.awaitEvent("agent.speaking", e -> true, Duration.ofSeconds(10));
        line.silence(1_000);
        line.play(caller);
        for (int i = 0; i < 100 && line.outcome() == null; i++) {
            line.silence(100);
        }
        call.disconnected();

        assertThat(line.outcome()).as("events: %s", line.events()).isEqualTo(ConversationOutcome.INFORMATION_PROVIDED);
        assertThat(savedAtEnd).extracting(Turn::role).containsExactly(TurnRole.AGENT, TurnRole.CALLER,
                TurnRole.AGENT);
        assertThat(savedAtEnd.get(1).text()).isEqualTo("okay goodbye");
        assertThat(savedAtEnd.get(2).text()).endsWith("Goodbye.");
        assertThat(savedAtEnd.get(2).responseMs()).isNotNull();
    }
}
