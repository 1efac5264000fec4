package ai.seiketsu.voice;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabaseContextCustomizerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static ai.seiketsu.voice.BrowserCallTests.START;
import static ai.seiketsu.voice.BrowserCallTests.speech;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What one tenant's calls and one client may take: the plan's concurrent calls, and the server's memory. */
@IntegrationTest
class BrowserCallLimitsTests {

    @LocalServerPort
    int port;
    @Autowired
    ScriptedCalls scripted;
    @Autowired
    MeterRegistry meters;
    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(port, InetAddress.getByName("127.0.0.73"));
    }

    @Test
    void aCallOverThePlansConcurrentCallsIsToldPlanLimitAndTheSlotReturnsWhenACallEnds() {
        Agency agency = agency("plan-limit");
        agency.script(new Scripts.Echo());
        assertThat(http.patch("/api/v1/tenants/" + agency.staff().tenantId(),
                TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN, "{\"limits\":{\"members\":3,\"voiceAgents\":1,"
                        + "\"concurrentCalls\":1,\"monthlyVoiceMinutes\":500,\"apiRequestsPerSecond\":20}}").status())
                .isEqualTo(200);

        try (VoiceClient first = agency.connect()) {
            first.event("ready");
            try (VoiceClient second = agency.connect()) {
                second.error("PLAN_LIMIT");
                assertThat(second.closed()).isEqualTo(1008);
            }
            first.send("{\"type\":\"stop\"}");
            first.event("conversation.ended");
            assertThat(first.closed()).isEqualTo(1000);
        }
        assertThat(callsUntilReady(agency)).as("the stopped call's slot is free before it hears of its end")
                .isEqualTo(1);
        // that call was dropped (close() aborts the connection): its slot comes back too, within the wait
        callsUntilReady(agency);
        assertThat(http.get("/api/v1/conversations", agency.staff().apiKey()).json().at("/items").size())
                .as("the refused call started no conversation").isEqualTo(3);
    }

    /**
     * Connects until a call is {@code ready} (the slot of a call that just ended may take a moment to come back),
     * drops that call, and answers how many tries it took.
     */
    private int callsUntilReady(Agency agency) {
        int[] tries = {0};
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            tries[0]++;
            try (VoiceClient call = agency.connect()) {
                assertThat(call.next()).isInstanceOfSatisfying(VoiceClient.Text.class,
                        event -> assertThat(event.type()).isEqualTo("ready"));
            }
        });
        return tries[0];
    }

    @Test
    void aClientThatStopsReadingHasItsCallEndedWhileAnotherCallGoesOn() throws Exception {
        Agency flooded = agency("slow-reader");
        Scripts.Flood flood = new Scripts.Flood();
        flooded.script(flood);
        Agency other = agency("steady-caller");
        Scripts.Echo echo = new Scripts.Echo();
        other.script(echo);

        double slowClientsBefore = slowClientsEnded();
        try (VoiceClient slow = flooded.connect(); VoiceClient steady = other.connect()) {
            String conversationId = slow.event("ready").at("/conversationId").asString();
            slow.stopReading();
            slow.send(START);
            steady.event("ready");
            steady.send(START);
            steady.event("agent.speaking");

            assertThat(flood.disconnected.await(30, TimeUnit.SECONDS)).as("the flooded call was ended").isTrue();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    flooded.conversation(conversationId).at("/status").asString()).isEqualTo("ENDED"));
            assertThat(flooded.conversation(conversationId).at("/outcome").asString()).isEqualTo("INCOMPLETE");
            assertThat(slowClientsEnded()).as("ended by the outbound limits").isEqualTo(slowClientsBefore + 1);

            byte[] speech = speech(3_200);
            steady.send(speech);
            assertThat(steady.audio()).isEqualTo(speech);
            steady.send("{\"type\":\"stop\"}");
            steady.event("conversation.ended");
        }
    }

    private double slowClientsEnded() {
        var counter = meters.find("seiketsu.voice.calls.ended").tag("how", "slow_client").counter();
        return counter == null ? 0 : counter.count();
    }

    private Agency agency(String stem) {
        Staff staff = Staff.newAgency(http, stem);
        return new Agency(staff, UUID.fromString(staff.provisioned().at("/voiceAgent/id").asString()));
    }

    private final class Agency {

        private final Staff staff;
        private final UUID agentId;

        Agency(Staff staff, UUID agentId) {
            this.staff = staff;
            this.agentId = agentId;
        }

        Staff staff() {
            return staff;
        }

        void script(CallFactory script) {
            scripted.script(agentId, script);
        }

        VoiceClient connect() {
            String url = http.post("/api/v1/voice/tickets", staff.apiKey(),
                    Http.json(Map.of("agentId", agentId.toString()))).json().at("/url").asString();
            return VoiceClient.connect(port, url);
        }

        tools.jackson.databind.JsonNode conversation(String id) {
            return http.get("/api/v1/conversations/" + id, staff.apiKey()).json();
        }
    }
}
