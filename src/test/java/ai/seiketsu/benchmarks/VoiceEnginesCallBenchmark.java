package ai.seiketsu.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.Call;
import ai.seiketsu.voice.CallContext;
import ai.seiketsu.voice.CallFactory;
import ai.seiketsu.voice.CallMode;
import ai.seiketsu.voice.LoopbackTransport;
import ai.seiketsu.voice.TestAudio;
import ai.seiketsu.voice.engines.SpeechEngines;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller waits with the zero-install engines (Silero, Sphinx4, FreeTTS) and the guided brain: whole calls
 * through the application's call factory over the loopback transport, each caller turn spoken in real time (FreeTTS
 * speech padded with line noise), at 1 and then 4 concurrent calls. Reports {@code responseMs} and the processing
 * part ({@code responseMs − endpointMs}) at p50/p95, after one warm-up call. Run:
 * {@code ./mvnw verify -Pbenchmark -Dtest=VoiceEnginesCallBenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class VoiceEnginesCallBenchmark {

    private static final List<String> CALLER = List.of("I am looking to buy a house", "somewhere in Austin please",
            "about five hundred thousand dollars", "three bedrooms and two baths", "my name is Maria Lopez",
            "we want to move in the spring", "yes we are pre approved", "you can call me back tomorrow");

    @LocalServerPort
    int port;
    @Autowired
    CallFactory calls;
    @Autowired
    Conversations conversations;
    @Autowired
    SpeechEngines engines;

    @Test
    void responseTimesAtOneAndFourCalls() throws Exception {
        Http http = new Http(port);
        Staff staff = Staff.newAgency(http, "bench-voice");
        TenantId tenant = TenantId.of(staff.tenantId());
        UUID agent = UUID.fromString(staff.provisioned().at("/voiceAgent/id").asString());
        List<short[]> utterances = new ArrayList<>();
        for (String words : CALLER) {
            utterances.add(TestAudio.padded(TestAudio.spoken(engines, tenant, words), 300, 0, words.hashCode()));
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Voice calls with the zero-install engines (stt %s, tts freetts), caller turns in real time (JDK %s, %d cores)%n",
                engines.speechToText().engine(), Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors()));
        call(tenant, agent, utterances.subList(0, 2)); // warm-up: engines loaded, code compiled
        for (int concurrent : List.of(1, 4)) {
            ConcurrentLinkedQueue<Map<?, ?>> metrics = new ConcurrentLinkedQueue<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(concurrent)) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < concurrent; c++) {
                    running.add(pool.submit(() -> {
                        metrics.addAll(call(tenant, agent, utterances));
                        return null;
                    }));
                }
                for (Future<?> call : running) {
                    call.get();
                }
            }
            Percentiles response = new Percentiles();
            Percentiles processing = new Percentiles();
            for (Map<?, ?> m : metrics) {
                long responseMs = ((Number) m.get("responseMs")).longValue();
                long endpointMs = ((Number) m.get("endpointMs")).longValue();
                response.add(responseMs * 1_000_000);
                processing.add((responseMs - endpointMs) * 1_000_000);
            }
            assertThat(response.size()).isPositive();
            report.append(String.format(Locale.ROOT, "  %d concurrent: responseMs   %s%n", concurrent,
                    pXX(response)));
            report.append(String.format(Locale.ROOT, "  %d concurrent: processing   %s%n", concurrent,
                    pXX(processing)));
        }
        Percentiles.write("voice-engines-call", report.toString());
    }

    private static String pXX(Percentiles p) {
        return String.format(Locale.ROOT, "p50 %.0f ms   p95 %.0f ms   max %.0f ms   (turns=%d)", p.percentile(50),
                p.percentile(95), p.percentile(100), p.size());
    }

    private List<Map<?, ?>> call(TenantId tenant, UUID agent, List<short[]> utterances) throws Exception {
        UUID conversation = TenantContext.call(tenant, () -> conversations.start(agent, Channel.WEB_VOICE));
        LoopbackTransport line = new LoopbackTransport(1);
        Call call = TenantContext.call(tenant, () -> calls.open(
                new CallContext(tenant, agent, conversation, CallMode.CALLER), line));
        line.connect(call);
        call.start();
        try {
            untilQuiet(line);
            for (short[] utterance : utterances) {
                int answered = line.events("turn.metrics").size();
                line.play(utterance);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (line.events("turn.metrics").size() == answered && System.nanoTime() < deadline) {
                    line.silence(100);
                }
                untilQuiet(line);
            }
            return line.events("turn.metrics");
        }
        finally {
            call.stop();
            call.disconnected();
        }
    }

    /** Streams line noise until the agent has sent nothing for 700 ms. */
    private static void untilQuiet(LoopbackTransport line) throws InterruptedException {
        long heard = -1;
        int quietFor = 0;
        while (quietFor < 700) {
            line.silence(100);
            long now = line.agentAudioMillis();
            quietFor = now == heard && now > 0 ? quietFor + 100 : 0;
            heard = now;
        }
    }
}
