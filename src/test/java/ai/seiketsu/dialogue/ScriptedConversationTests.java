package ai.seiketsu.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import ai.seiketsu.dialogue.ConversationScript.Expectation;
import ai.seiketsu.dialogue.ConversationScript.Step;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every scripted caller conversation in {@code src/test/resources/dialogue/conversations}, run through the text
 * channel against its own agency (so leads merged by phone number cannot leak between scripts), with the lead, its
 * score, the appointment, the tasks and the outcome checked afterwards. A failure prints the whole transcript.
 */
@IntegrationTest
class ScriptedConversationTests {

    static final Path SCRIPTS = scripts();

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> scriptedConversations() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SCRIPTS)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> run(ConversationScript.parse(file.getFileName().toString(), Files.readString(file)))));
    }

    @Test
    void thereAreAtLeastFortyConversations() throws IOException {
        try (Stream<Path> listed = Files.list(SCRIPTS)) {
            assertThat(listed.filter(p -> p.toString().endsWith(".txt")).count()).isGreaterThanOrEqualTo(40);
        }
    }

    void run(ConversationScript script) {
        List<String> declared = script.expectations().stream()
                .map(e -> e.what().equals("lead") ? "lead " + e.value() : e.what()).toList();
        assertThat(declared).as(script.name() + " declares its outcome, appointment and lead (score band or none)")
                .contains("outcome", "appointment").containsAnyOf("lead.score", "lead none");
        Http http = new Http(port);
        DialogueAgency agency = DialogueAgency.create(http, "talk");
        apply(script.settings(), agency);
        String channel = script.settings().getOrDefault("channel", "API_TEXT");
        Response opened = http.post("/api/v1/conversations", agency.apiKey(),
                Http.json(Map.of("agentId", agency.agentId(), "channel", channel)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().at("/id").asString();
        List<String> transcript = new ArrayList<>(List.of("agent:  " + opened.json().at("/greeting").asString()));
        boolean ended = false;
        boolean hungUp = false;
        try {
            for (Step step : script.steps()) {
                if (step.said().startsWith("!")) {
                    Response end = http.post("/api/v1/conversations/" + id + "/end", agency.apiKey(), "{}");
                    assertThat(end.status()).as(end.body()).isEqualTo(200);
                    transcript.add("(the caller hangs up)");
                    hungUp = true;
                    break;
                }
                assertThat(ended).as("the agent ended the conversation before: " + step.said()).isFalse();
                transcript.add("caller: " + step.said());
                Response answered = http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(),
                        Http.json(Map.of("text", step.said())));
                assertThat(answered.status()).as(answered.body()).isEqualTo(200);
                String reply = answered.json().at("/reply").asString();
                transcript.add("agent:  " + reply);
                ended = answered.json().at("/ended").asBoolean();
                for (String fragment : step.replyContains()) {
                    assertThat(reply.toLowerCase(Locale.ROOT)).as("reply to '%s'", step.said())
                            .contains(fragment.toLowerCase(Locale.ROOT));
                }
                for (String fragment : step.replyLacks()) {
                    assertThat(reply.toLowerCase(Locale.ROOT)).as("reply to '%s'", step.said())
                            .doesNotContain(fragment.toLowerCase(Locale.ROOT));
                }
            }
            if (!ended && !hungUp) {
                assertThat(http.post("/api/v1/conversations/" + id + "/end", agency.apiKey(), "{}").status())
                        .isEqualTo(200);
            }
            if (ended) {
                assertThat(http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(),
                        Http.json(Map.of("text", "hello?"))).status()).as("a message after the end").isEqualTo(409);
            }
            System.out.println("== " + script.name() + "\n" + String.join("\n", transcript) + "\n" + actual(http, agency, id));
            check(script, http, agency, id, ended);
        }
        catch (AssertionError e) {
            fail(script.name() + " (" + String.join(" ", script.description()) + ")\n" + String.join("\n", transcript)
                    + "\n\n" + e.getMessage(), e);
        }
    }

    /** What came of it, printed with the transcript: the outcome, the appointment, the lead's score. */
    private static String actual(Http http, DialogueAgency agency, String id) {
        JsonNode conversation = http.get("/api/v1/conversations/" + id, agency.apiKey()).json();
        JsonNode ids = conversation.at("/appointmentIds");
        String appointment = ids.isEmpty() ? "none" : http.get("/api/v1/appointments/" + ids.get(ids.size() - 1)
                .asString(), agency.apiKey()).json().at("/type").asString();
        String lead = conversation.at("/leadId").isNull() ? "none" : http.get("/api/v1/leads/"
                + conversation.at("/leadId").asString(), agency.apiKey()).json().at("/score").asString();
        return "ACTUAL outcome=" + conversation.at("/outcome").asString() + " appointment=" + appointment
                + " score=" + lead;
    }

    private static void apply(Map<String, String> settings, DialogueAgency agency) {
        Map<String, Object> dialogue = new HashMap<>();
        if (settings.containsKey("facts")) {
            String facts = settings.get("facts").strip();
            dialogue.put("requiredFacts", facts.equals("none") ? List.of()
                    : Arrays.stream(facts.split("[,\\s]+")).toList());
        }
        if (settings.containsKey("slots")) {
            dialogue.put("booking", Map.of("appointmentType", settings.getOrDefault("booking", "SHOWING"),
                    "teamMemberIds", List.of(), "slotsToOffer", Integer.parseInt(settings.get("slots"))));
        }
        else if (settings.containsKey("booking")) {
            dialogue.put("booking", Map.of("appointmentType", settings.get("booking"), "teamMemberIds", List.of(),
                    "slotsToOffer", 3));
        }
        if (!dialogue.isEmpty()) {
            agency.configure(dialogue);
        }
        if (settings.containsKey("transfer")) {
            agency.agent(Map.of("transferNumber", settings.get("transfer")));
        }
    }

    private static void check(ConversationScript script, Http http, DialogueAgency agency, String id, boolean ended) {
        JsonNode conversation = http.get("/api/v1/conversations/" + id, agency.apiKey()).json();
        String leadId = conversation.at("/leadId").isNull() || conversation.at("/leadId").isMissingNode() ? null
                : conversation.at("/leadId").asString();
        JsonNode lead = leadId == null ? null : http.get("/api/v1/leads/" + leadId, agency.apiKey()).json();
        assertThat(conversation.at("/summary").asString()).as("summary").isNotBlank();
        for (Expectation expected : script.expectations()) {
            String what = expected.what();
            String value = expected.value();
            switch (what) {
                case "outcome" -> assertThat(conversation.at("/outcome").asString()).as("outcome").isEqualTo(value);
                case "ended" -> assertThat(ended).as("the agent ended it").isEqualTo(Boolean.parseBoolean(value));
                case "summary" -> assertThat(conversation.at("/summary").asString().toLowerCase(Locale.ROOT))
                        .as("summary").contains(value.toLowerCase(Locale.ROOT));
                case "lead" -> {
                    if (value.equals("none")) {
                        assertThat(leadId).as("no lead").isNull();
                    }
                    else {
                        assertThat(leadId).as("a lead").isNotNull();
                    }
                }
                case "appointment" -> {
                    JsonNode ids = conversation.at("/appointmentIds");
                    if (value.equals("none")) {
                        assertThat(ids.size()).as("appointments").isZero();
                        continue;
                    }
                    assertThat(ids.size()).as("appointments").isGreaterThanOrEqualTo(1);
                    JsonNode appointment = http.get("/api/v1/appointments/" + ids.get(ids.size() - 1).asString(),
                            agency.apiKey()).json();
                    String[] parts = value.split("\\s+");
                    assertThat(appointment.at("/type").asString()).as("appointment type").isEqualTo(parts[0]);
                    assertThat(appointment.at("/status").asString()).isEqualTo("SCHEDULED");
                    assertThat(appointment.at("/leadId").asString()).isEqualTo(leadId);
                    if (parts.length > 1) {
                        assertThat(appointment.at("/listingId").isNull()).as("listing given")
                                .isEqualTo(parts[1].equals("no-listing"));
                    }
                }
                case "task" -> {
                    assertThat(leadId).as("a lead for the task").isNotNull();
                    JsonNode tasks = http.get("/api/v1/leads/" + leadId + "/tasks", agency.apiKey()).json();
                    assertThat(tasks.at("/items").findValuesAsString("type")).as("tasks").contains(value);
                }
                default -> {
                    assertThat(what).as("expectation").startsWith("lead.");
                    assertThat(lead).as("a lead for " + what).isNotNull();
                    String field = what.substring("lead.".length());
                    JsonNode actual = lead.at("/" + field);
                    if (field.equals("score") && value.contains("..")) {
                        String[] band = value.split("\\.\\.");
                        assertThat(actual.asInt()).as("score").isBetween(Integer.parseInt(band[0]),
                                Integer.parseInt(band[1]));
                    }
                    else if (actual.isArray()) {
                        List<String> items = actual.valueStream().map(JsonNode::asString).toList();
                        assertThat(String.join(", ", items)).as(what).isEqualTo(value);
                    }
                    else {
                        assertThat(actual.isNull() || actual.isMissingNode() ? "null" : actual.asString())
                                .as(what).isEqualTo(value);
                    }
                }
            }
        }
    }

    private static Path scripts() {
        try {
            return Path.of(ScriptedConversationTests.class.getResource("/dialogue/conversations").toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
