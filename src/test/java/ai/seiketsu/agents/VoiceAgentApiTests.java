package ai.seiketsu.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import ai.seiketsu.shared.PhoneNumber;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Agencies configure their voice agents: settings, validation, platform-unique phone numbers, plan limits. */
@IntegrationTest
class VoiceAgentApiTests {

    @LocalServerPort
    int port;
    @Autowired
    VoiceAgents voiceAgents;
    Http http;
    Staff owner;

    @BeforeEach
    void agency() {
        http = new Http(port);
        owner = Staff.newAgency(http, "agents");
    }

    @Test
    void theDefaultAgentHasTheDefaultSettingsInTheAgencysTimeZone() {
        JsonNode agent = defaultAgent(owner);
        assertThat(agent.at("/language").asString()).isEqualTo("en");
        assertThat(agent.at("/recordingEnabled").asBoolean()).isTrue();
        assertThat(agent.at("/voice/engine").asString()).isEqualTo("EMBEDDED");
        assertThat(agent.at("/endOfTurnSilenceMs").asInt()).isEqualTo(700);
        assertThat(agent.at("/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(agent.at("/phoneNumber").isNull()).isTrue();
    }

    @Test
    void anOwnerChangesEverySettingAndReadsItBack() {
        String id = defaultAgent(owner).at("/id").asString();
        Response changed = http.patch("/api/v1/agents/" + id, owner.accessToken(), Http.json(Map.ofEntries(
                Map.entry("name", "Sofía"), Map.entry("persona", "Bilingual receptionist of a beach agency"),
                Map.entry("tone", "cheerful"), Map.entry("language", "es"), Map.entry("greeting", "¡Hola!"),
                Map.entry("recordingEnabled", false), Map.entry("recordingDisclosure", ""),
                Map.entry("voice", Map.of("engine", "ELEVENLABS", "voiceId", "sofia-1", "speed", 1.25)),
                Map.entry("endOfTurnSilenceMs", 900), Map.entry("interruptionSensitivity", "HIGH"),
                Map.entry("businessHours", Map.of("SATURDAY", List.of(Map.of("open", "10:00", "close", "14:00")),
                        "MONDAY", List.of(Map.of("open", "09:00", "close", "12:00"),
                                Map.of("open", "13:00", "close", "18:00")))),
                Map.entry("timeZone", "Europe/Madrid"), Map.entry("afterHoursMessage", "Estamos cerrados."),
                Map.entry("transferNumber", "+34911234567"), Map.entry("phoneNumber", uniqueNumber()))));
        assertThat(changed.status()).isEqualTo(200);

        JsonNode read = http.get("/api/v1/agents/" + id, owner.apiKey()).json();
        assertThat(read).isEqualTo(changed.json());
        assertThat(read.at("/language").asString()).isEqualTo("es");
        assertThat(read.at("/voice/speed").asDouble()).isEqualTo(1.25);
        assertThat(read.at("/businessHours").propertyNames()).containsExactly("MONDAY", "SATURDAY");
        assertThat(read.at("/businessHours/MONDAY/1/close").asString()).isEqualTo("18:00");
        assertThat(read.at("/transferNumber").asString()).isEqualTo("+34911234567");

        Response cleared = http.patch("/api/v1/agents/" + id, owner.accessToken(),
                "{\"transferNumber\": \"\", \"businessHours\": {}}");
        assertThat(cleared.json().at("/transferNumber").isNull()).isTrue();
        assertThat(cleared.json().at("/businessHours").isNull()).isTrue();
        assertThat(cleared.json().at("/name").asString()).as("untouched").isEqualTo("Sofía");
    }

    @Test
    void invalidSettingsAreFieldErrors() {
        String id = defaultAgent(owner).at("/id").asString();
        Response bad = http.patch("/api/v1/agents/" + id, owner.accessToken(), Http.json(Map.of(
                "name", "", "language", "fr", "voice", Map.of("speed", 3.0), "endOfTurnSilenceMs", 50,
                "interruptionSensitivity", "EXTREME", "timeZone", "EST", "transferNumber", "555-1234",
                "phoneNumber", "+1 415 555 0123",
                "businessHours", Map.of("FUNDAY", List.of(), "MONDAY", List.of(Map.of("open", "18:00",
                        "close", "09:00"))))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().at("/errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
                "language", "voice.speed", "endOfTurnSilenceMs", "interruptionSensitivity", "timeZone",
                "transferNumber", "phoneNumber", "businessHours.FUNDAY", "businessHours.MONDAY");
        assertThat(http.get("/api/v1/agents/" + id, owner.accessToken()).json().at("/name").asString())
                .isEqualTo("Receptionist");
    }

    @Test
    void starterAllowsOneAgentAndProvisioningMadeIt() {
        Response refused = http.post("/api/v1/agents", owner.accessToken(), "{\"name\": \"Second\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/code").asString()).isEqualTo("PLAN_LIMIT");

        String first = defaultAgent(owner).at("/id").asString();
        assertThat(delete(first, owner.accessToken()).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/agents/" + first, owner.accessToken()).status()).isEqualTo(404);
        Response created = http.post("/api/v1/agents", owner.accessToken(), "{\"name\": \"Second\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/v1/agents/" + created.json().at("/id").asString());
        assertThat(created.json().at("/greeting").asString()).contains("Agency agents-");
        assertThat(http.get("/api/v1/agents", owner.apiKey()).json().at("/items").findValuesAsString("name"))
                .containsExactly("Second");
    }

    @Test
    void creationNeedsAName() {
        assertThat(delete(defaultAgent(owner).at("/id").asString(), owner.accessToken()).status()).isEqualTo(204);
        Response bad = http.post("/api/v1/agents", owner.accessToken(), "{\"language\": \"es\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors").findValuesAsString("field")).containsExactly("name");
    }

    @Test
    void aPhoneNumberBelongsToOneAgentOfThePlatformAndIsFreedByDeletion() {
        Staff other = Staff.newAgency(http, "agents-other");
        String number = uniqueNumber();
        String mine = defaultAgent(owner).at("/id").asString();
        String theirs = defaultAgent(other).at("/id").asString();
        assertThat(setNumber(owner, mine, number).status()).isEqualTo(200);
        assertThat(setNumber(owner, mine, number).status()).as("setting it again").isEqualTo(200);

        Response taken = setNumber(other, theirs, number);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().at("/code").asString()).isEqualTo("PHONE_NUMBER_TAKEN");

        assertThat(delete(mine, owner.accessToken()).status()).isEqualTo(204);
        assertThat(setNumber(other, theirs, number).status()).isEqualTo(200);
        assertThat(voiceAgents.findByPhoneNumber(new PhoneNumber(number)))
                .contains(new PhoneRoute(ai.seiketsu.shared.TenantId.of(other.tenantId()),
                        java.util.UUID.fromString(theirs)));
    }

    @Test
    void changingTheNumberReleasesTheOldOne() {
        String id = defaultAgent(owner).at("/id").asString();
        String first = uniqueNumber();
        String second = uniqueNumber();
        setNumber(owner, id, first);
        assertThat(setNumber(owner, id, second).status()).isEqualTo(200);
        assertThat(voiceAgents.findByPhoneNumber(new PhoneNumber(first))).isEmpty();
        assertThat(voiceAgents.findByPhoneNumber(new PhoneNumber(second))).map(PhoneRoute::agentId)
                .contains(java.util.UUID.fromString(id));
        assertThat(http.patch("/api/v1/agents/" + id, owner.accessToken(), "{\"phoneNumber\": \"\"}").status())
                .isEqualTo(200);
        assertThat(voiceAgents.findByPhoneNumber(new PhoneNumber(second))).isEmpty();
    }

    @Test
    void ofTwoAgenciesClaimingOneNumberAtOnceExactlyOneWins() throws Exception {
        List<Staff> agencies = List.of(owner, Staff.newAgency(http, "agents-race-b"),
                Staff.newAgency(http, "agents-race-c"), Staff.newAgency(http, "agents-race-d"));
        String number = uniqueNumber();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Staff agency : agencies) {
                String id = defaultAgent(agency).at("/id").asString();
                answers.add(threads.submit((Callable<Integer>) () -> {
                    start.await();
                    return setNumber(agency, id, number).status();
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(voiceAgents.findByPhoneNumber(new PhoneNumber(number))).isPresent();
    }

    @Test
    void aReadOnlyKeyMayNotChangeAgents() {
        String key = http.post("/api/v1/api-keys", owner.accessToken(),
                Http.json(Map.of("name", "reader", "scopes", List.of("agents:read")))).json().at("/secret").asString();
        String id = defaultAgent(owner).at("/id").asString();
        assertThat(http.get("/api/v1/agents/" + id, key).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/agents", key, "{\"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(http.patch("/api/v1/agents/" + id, key, "{\"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(delete(id, key).status()).isEqualTo(403);
        assertThat(http.patch("/api/v1/agents/" + id, owner.apiKey(), "{\"name\": \"x\"}").status())
                .as("an all-scopes key may").isEqualTo(200);
    }

    private JsonNode defaultAgent(Staff agency) {
        return http.get("/api/v1/agents", agency.accessToken()).json().at("/items/0");
    }

    private Response setNumber(Staff agency, String id, String number) {
        return http.patch("/api/v1/agents/" + id, agency.accessToken(), Http.json(Map.of("phoneNumber", number)));
    }

    private Response delete(String id, String bearer) {
        return http.send(http.request("/api/v1/agents/" + id, bearer).DELETE());
    }

    /** A number no other test uses: +1 555 and nine random digits (E.164 allows 15 digits in all). */
    private static String uniqueNumber() {
        return "+1555" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}
