package ai.seiketsu.agents;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestTenants;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agencies set how their voice agent's dialogue runs: the facts it asks for, what it knows, what it books with whom;
 * the brain reads the same settings through {@link VoiceAgents}.
 */
@IntegrationTest
class VoiceAgentDialogueApiTests {

    private static final List<String> FULL_SCORE_FACTS = List.of("INTENT", "AREA", "BUDGET", "BEDROOMS", "BATHROOMS",
            "PROPERTY_TYPE", "TIMELINE", "FINANCING", "MOTIVATION", "NAME", "CALLBACK_NUMBER");

    @LocalServerPort
    int port;
    @Autowired
    VoiceAgents voiceAgents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    Http http;
    Staff owner;
    String agentId;

    @BeforeEach
    void agency() {
        http = new Http(port);
        owner = Staff.newAgency(http, "dialogue");
        agentId = http.get("/api/v1/agents", owner.accessToken()).json().at("/items/0/id").asString();
    }

    @Test
    void theProvisionedAgentHasTheDefaultDialogue() {
        assertDefaultDialogue(agent().at("/dialogue"));
    }

    @Test
    void aCreatedAgentAndOneThatPredatesTheSettingsHaveTheDefaultDialogue() {
        assertThat(delete(agentId).status()).isEqualTo(204);
        Response created = http.post("/api/v1/agents", owner.accessToken(), "{\"name\": \"Second\"}");
        assertThat(created.status()).isEqualTo(201);
        assertDefaultDialogue(created.json().at("/dialogue"));

        UUID older = UUID.randomUUID();
        TenantContext.run(TenantId.of(owner.tenantId()), () -> transactions.executeWithoutResult(tx -> jdbc.sql("""
                insert into voice_agent (tenant_id, id, name, greeting, language, created_at, updated_at)
                values (?, ?, 'Older', 'Hello', 'en', now(), now())""").params(UUID.fromString(owner.tenantId()),
                older).update()));
        assertDefaultDialogue(http.get("/api/v1/agents/" + older, owner.accessToken()).json().at("/dialogue"));
    }

    @Test
    void anOwnerReplacesEveryPartAndTheBrainReadsItBack() {
        String member = activeMember("replace");
        Response changed = patch(Map.of("dialogue", Map.of(
                "mode", "GUIDED",
                "requiredFacts", List.of("EMAIL", "NAME", "INTENT", "NAME"),
                "knowledge", List.of(
                        Map.of("topic", "OFFICE_HOURS", "answer", "  Monday to Friday, 9 to 6.  "),
                        Map.of("topic", "FAQ", "question", "Do buyers pay a fee?", "answer", "No."),
                        Map.of("topic", "AREAS_SERVED", "question", " ", "answer", "Austin and Round Rock.")),
                "booking", Map.of("appointmentType", "CONSULTATION", "teamMemberIds",
                        List.of(member, owner.ownerId(), member), "slotsToOffer", 2))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode dialogue = changed.json().at("/dialogue");
        assertThat(dialogue.at("/requiredFacts").valueStream().map(JsonNode::asString))
                .as("a set, in the enum's order").containsExactly("INTENT", "NAME", "EMAIL");
        assertThat(dialogue.at("/knowledge").findValuesAsString("topic"))
                .containsExactly("OFFICE_HOURS", "FAQ", "AREAS_SERVED");
        assertThat(dialogue.at("/knowledge/0/answer").asString()).isEqualTo("Monday to Friday, 9 to 6.");
        assertThat(dialogue.at("/knowledge/1/question").asString()).isEqualTo("Do buyers pay a fee?");
        assertThat(dialogue.at("/knowledge/2/question").isNull()).as("blank is none").isTrue();
        assertThat(dialogue.at("/booking/appointmentType").asString()).isEqualTo("CONSULTATION");
        assertThat(dialogue.at("/booking/teamMemberIds").valueStream().map(JsonNode::asString))
                .as("each once").containsExactly(member, owner.ownerId());
        assertThat(dialogue.at("/booking/slotsToOffer").asInt()).isEqualTo(2);
        assertThat(agent()).isEqualTo(changed.json());

        DialogueSettings read = TenantContext.call(TenantId.of(owner.tenantId()),
                () -> voiceAgents.find(UUID.fromString(agentId)).orElseThrow().dialogue());
        assertThat(read.mode()).isEqualTo(DialogueMode.GUIDED);
        assertThat(read.requiredFacts()).containsExactly(QualificationFact.INTENT, QualificationFact.NAME,
                QualificationFact.EMAIL);
        assertThat(read.knowledge().get(1)).isEqualTo(
                new DialogueSettings.KnowledgeSnippet(KnowledgeTopic.FAQ, "Do buyers pay a fee?", "No."));
        assertThat(read.booking()).isEqualTo(new DialogueSettings.BookingRules(BookedAppointmentType.CONSULTATION,
                List.of(UUID.fromString(member), UUID.fromString(owner.ownerId())), 2));
    }

    @Test
    void aPartialChangeReplacesOnlyThePartsItGives() {
        patch(Map.of("dialogue", Map.of(
                "knowledge", List.of(Map.of("topic", "FEES", "answer", "Sellers pay 5 %.")),
                "booking", Map.of("teamMemberIds", List.of(owner.ownerId()), "slotsToOffer", 2))));

        Response changed = patch(Map.of("dialogue", Map.of("requiredFacts", List.of("NAME", "CALLBACK_NUMBER"),
                "booking", Map.of("appointmentType", "LISTING_APPOINTMENT"))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode dialogue = changed.json().at("/dialogue");
        assertThat(dialogue.at("/requiredFacts").valueStream().map(JsonNode::asString))
                .containsExactly("NAME", "CALLBACK_NUMBER");
        assertThat(dialogue.at("/knowledge/0/answer").asString()).as("untouched").isEqualTo("Sellers pay 5 %.");
        assertThat(dialogue.at("/booking/appointmentType").asString()).isEqualTo("LISTING_APPOINTMENT");
        assertThat(dialogue.at("/booking/teamMemberIds/0").asString()).as("untouched").isEqualTo(owner.ownerId());
        assertThat(dialogue.at("/booking/slotsToOffer").asInt()).as("untouched").isEqualTo(2);

        Response other = patch(Map.of("name", "Renamed"));
        assertThat(other.json().at("/dialogue")).as("a change without dialogue").isEqualTo(dialogue);

        Response emptied = patch(Map.of("dialogue", Map.of("requiredFacts", List.of(), "knowledge", List.of(),
                "booking", Map.of("teamMemberIds", List.of()))));
        assertThat(emptied.json().at("/dialogue/requiredFacts").isEmpty()).isTrue();
        assertThat(emptied.json().at("/dialogue/knowledge").isEmpty()).isTrue();
        assertThat(emptied.json().at("/dialogue/booking/teamMemberIds").isEmpty()).as("any active member").isTrue();
    }

    @Test
    void creationTakesTheDialogueToo() {
        assertThat(delete(agentId).status()).isEqualTo(204);
        Response created = http.post("/api/v1/agents", owner.accessToken(), Http.json(Map.of("name", "Front desk",
                "dialogue", Map.of("requiredFacts", List.of("CALLBACK_NUMBER"),
                        "booking", Map.of("teamMemberIds", List.of(owner.ownerId()))))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/dialogue/requiredFacts/0").asString()).isEqualTo("CALLBACK_NUMBER");
        assertThat(created.json().at("/dialogue/booking/teamMemberIds/0").asString()).isEqualTo(owner.ownerId());
        assertThat(created.json().at("/dialogue/booking/slotsToOffer").asInt()).as("default").isEqualTo(3);
    }

    @Test
    void theLlmModeIsRefusedUntilItExists() {
        Response refused = patch(Map.of("dialogue", Map.of("mode", "LLM")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("dialogue.mode");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("not available yet");
        assertThat(agent().at("/dialogue/mode").asString()).isEqualTo("GUIDED");
    }

    @Test
    void invalidSettingsAreFieldErrorsAndChangeNothing() {
        List<Map<String, Object>> knowledge = new ArrayList<>();
        knowledge.add(Map.of("topic", "FAQ", "answer", "Yes."));
        knowledge.add(Map.of("topic", "FEES", "answer", "   "));
        knowledge.add(Map.of("answer", "x".repeat(1001), "question", "q".repeat(301)));
        Response bad = patch(Map.of("name", "", "dialogue", Map.of("knowledge", knowledge,
                "booking", Map.of("slotsToOffer", 4))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().at("/errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
                "dialogue.knowledge[0].question", "dialogue.knowledge[1].answer", "dialogue.knowledge[2].topic",
                "dialogue.knowledge[2].answer", "dialogue.knowledge[2].question", "dialogue.booking.slotsToOffer");
        assertDefaultDialogue(agent().at("/dialogue"));
    }

    @Test
    void atMostFiftySnippetsOfAtMostAThousandCharacters() {
        Map<String, String> longest = Map.of("topic", "OTHER", "answer", "a".repeat(1000));
        Response fifty = patch(Map.of("dialogue", Map.of("knowledge", Collections.nCopies(50, longest))));
        assertThat(fifty.status()).as(fifty.body()).isEqualTo(200);
        assertThat(fifty.json().at("/dialogue/knowledge").size()).isEqualTo(50);

        Response fiftyOne = patch(Map.of("dialogue", Map.of("knowledge", Collections.nCopies(51, longest))));
        assertThat(fiftyOne.status()).isEqualTo(400);
        assertThat(fiftyOne.json().at("/errors/0/field").asString()).isEqualTo("dialogue.knowledge");
        assertThat(fiftyOne.json().at("/errors/0/message").asString()).contains("at most 50");
        assertThat(agent().at("/dialogue/knowledge").size()).isEqualTo(50);
    }

    @Test
    void unknownValuesAndNullsAreFieldErrorsNotFailures() {
        Response unknownFact = assertFieldError(Map.of("dialogue", Map.of("requiredFacts",
                List.of("NAME", "SHOE_SIZE"))), "dialogue.requiredFacts[1]");
        assertThat(unknownFact.json().at("/errors/0/message").asString()).as("the facts there are")
                .startsWith("must be one of [INTENT, AREA,").endsWith("CALLBACK_NUMBER, EMAIL]");
        assertFieldError(Map.of("dialogue", Map.of("mode", "FREESTYLE")), "dialogue.mode");
        assertFieldError(Map.of("dialogue", Map.of("knowledge", List.of(Map.of("topic", "GOSSIP", "answer", "x")))),
                "dialogue.knowledge[0].topic");
        assertFieldError(Map.of("dialogue", Map.of("booking", Map.of("appointmentType", "DINNER"))),
                "dialogue.booking.appointmentType");
        assertFieldError(Map.of("dialogue", Map.of("booking", Map.of("teamMemberIds", List.of("not-a-uuid")))),
                "dialogue.booking.teamMemberIds[0]");
        assertFieldError(Map.of("dialogue", Map.of("booking", Map.of("slotsToOffer", "three"))),
                "dialogue.booking.slotsToOffer");
        assertFieldError(Map.of("dialogue", Map.of("requiredFacts", "NAME")), "dialogue.requiredFacts");
        Map<String, String> nulls = Map.of(
                "{\"requiredFacts\": [null]}", "dialogue.requiredFacts[0]",
                "{\"knowledge\": [null]}", "dialogue.knowledge[0]",
                "{\"booking\": {\"teamMemberIds\": [\"%s\", null]}}".formatted(owner.ownerId()),
                "dialogue.booking.teamMemberIds[1]");
        nulls.forEach((dialogue, field) -> {
            Response refused = http.patch("/api/v1/agents/" + agentId, owner.accessToken(),
                    "{\"dialogue\": " + dialogue + "}");
            assertThat(refused.status()).as(dialogue + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo(field);
            assertThat(refused.json().at("/errors/0/message").asString()).isEqualTo("must not be null");
        });
        assertDefaultDialogue(agent().at("/dialogue"));
    }

    @Test
    void onlyActiveMembersOfTheAgencyBook() {
        String invited = invite("invited").at("/user/id").asString();
        String deactivated = activeMember("gone");
        assertThat(http.patch("/api/v1/users/" + deactivated, owner.accessToken(), "{\"status\": \"DEACTIVATED\"}")
                .status()).isEqualTo(200);
        String unknown = UUID.randomUUID().toString();

        Response refused = patch(Map.of("dialogue", Map.of("booking", Map.of("teamMemberIds",
                List.of(owner.ownerId(), invited, deactivated, unknown)))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors").findValuesAsString("field")).containsExactly(
                "dialogue.booking.teamMemberIds[1]", "dialogue.booking.teamMemberIds[2]",
                "dialogue.booking.teamMemberIds[3]");
        assertThat(refused.json().at("/errors/0/message").asString()).isEqualTo("must be an active member of the team");
        assertThat(agent().at("/dialogue/booking/teamMemberIds").isEmpty()).isTrue();
    }

    @Test
    void anotherAgencysMemberIsRefused() {
        Staff other = Staff.newAgency(http, "dialogue-other");
        Response refused = patch(Map.of("dialogue", Map.of("booking", Map.of("teamMemberIds",
                List.of(other.ownerId())))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("dialogue.booking.teamMemberIds[0]");

        String theirAgent = http.get("/api/v1/agents", other.accessToken()).json().at("/items/0/id").asString();
        Response theirs = http.patch("/api/v1/agents/" + theirAgent, other.accessToken(), Http.json(Map.of(
                "dialogue", Map.of("booking", Map.of("teamMemberIds", List.of(other.ownerId()))))));
        assertThat(theirs.status()).as("their own member").isEqualTo(200);
        assertThat(http.patch("/api/v1/agents/" + theirAgent, owner.accessToken(), Http.json(Map.of(
                "dialogue", Map.of("booking", Map.of("teamMemberIds", List.of(owner.ownerId())))))).status())
                .as("their agent").isEqualTo(404);
    }

    @Test
    void aMemberDeactivatedAfterwardsDoesNotBlockOtherChanges() {
        String member = activeMember("later");
        assertThat(patch(Map.of("dialogue", Map.of("booking", Map.of("teamMemberIds", List.of(member))))).status())
                .isEqualTo(200);
        assertThat(http.patch("/api/v1/users/" + member, owner.accessToken(), "{\"status\": \"DEACTIVATED\"}")
                .status()).isEqualTo(200);

        Response renamed = patch(Map.of("name", "Renamed", "dialogue", Map.of("requiredFacts", List.of("NAME"))));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        Response resent = patch(Map.of("dialogue", Map.of("booking", Map.of("teamMemberIds", List.of(member)))));
        assertThat(resent.status()).as("named again").isEqualTo(400);
    }

    @Test
    void aDialogueChangeIsAuditedAndARefusedOneIsNot() {
        assertThat(patch(Map.of("dialogue", Map.of("mode", "LLM"))).status()).isEqualTo(400);
        assertThat(updates().size()).isZero();

        assertThat(patch(Map.of("dialogue", Map.of("requiredFacts", List.of("NAME")))).status()).isEqualTo(200);
        JsonNode updates = updates();
        assertThat(updates.size()).isEqualTo(1);
        assertThat(updates.at("/0/target").asString()).isEqualTo("voice_agent:" + agentId);
        assertThat(updates.at("/0/actorId").asString()).isEqualTo(owner.ownerId());
    }

    @Test
    void appointmentTypesAreSchedulingsOwn() {
        assertThat(List.of(BookedAppointmentType.values()).stream().map(Enum::name))
                .containsExactlyElementsOf(List.of(ai.seiketsu.scheduling.AppointmentType.values()).stream()
                        .map(Enum::name).toList());
    }

    private void assertDefaultDialogue(JsonNode dialogue) {
        assertThat(dialogue.at("/mode").asString()).isEqualTo("GUIDED");
        assertThat(dialogue.at("/requiredFacts").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(FULL_SCORE_FACTS);
        assertThat(dialogue.at("/knowledge").isArray()).isTrue();
        assertThat(dialogue.at("/knowledge").isEmpty()).isTrue();
        assertThat(dialogue.at("/booking/appointmentType").asString()).isEqualTo("SHOWING");
        assertThat(dialogue.at("/booking/teamMemberIds").isArray()).isTrue();
        assertThat(dialogue.at("/booking/teamMemberIds").isEmpty()).isTrue();
        assertThat(dialogue.at("/booking/slotsToOffer").asInt()).isEqualTo(3);
    }

    private Response assertFieldError(Map<String, Object> body, String field) {
        Response bad = patch(body);
        assertThat(bad.status()).as(body + ": " + bad.body()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().at("/errors/0/field").asString()).as(body.toString()).isEqualTo(field);
        return bad;
    }

    private JsonNode updates() {
        return http.get("/api/v1/audit-events?action=voice_agent.updated", owner.accessToken()).json().at("/items");
    }

    private JsonNode agent() {
        return http.get("/api/v1/agents/" + agentId, owner.apiKey()).json();
    }

    private Response patch(Map<String, Object> body) {
        return http.patch("/api/v1/agents/" + agentId, owner.accessToken(), Http.json(body));
    }

    private Response delete(String id) {
        return http.send(http.request("/api/v1/agents/" + id, owner.accessToken()).DELETE());
    }

    private JsonNode invite(String stem) {
        String email = stem + "-" + TestTenants.uniqueSlug("m") + "@example.test";
        Response invited = http.post("/api/v1/users", owner.accessToken(), Http.json(Map.of("email", email,
                "role", "AGENT")));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return invited.json();
    }

    /** A member who accepted an invitation: active, with role AGENT. */
    private String activeMember(String stem) {
        JsonNode invited = invite(stem);
        String token = URI.create(invited.at("/invitationUrl").asString()).getQuery().substring("token=".length());
        Response accepted = http.post("/api/v1/users/invitations/accept", Http.json(Map.of("token", token,
                "name", "Member " + stem, "password", "correct horse battery staple")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return accepted.json().at("/id").asString();
    }
}
