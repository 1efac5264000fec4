package ai.seiketsu.leads;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.conversations.Turn;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Leads over HTTP: creating and merging, stage rules, automatic moves, scopes, erasure, tenant isolation. */
@IntegrationTest
class LeadApiTests {

    @Autowired
    Conversations conversations;

    @LocalServerPort
    int port;
    Http http;
    Staff agency;

    @BeforeEach
    void agency() {
        http = new Http(port);
        agency = Staff.newAgency(http, "leads");
    }

    @Test
    void createsALeadWithAnE164PhoneTheAgencysTimeZoneAndAnExplainedScore() {
        Response created = create(Map.of("firstName", "Maria", "phone", "(512) 555-0100", "email", "Maria@Example.test",
                "budgetMax", 450_000, "areas", List.of("Austin"), "intent", "BUY"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode lead = created.json();
        assertThat(lead.at("/merged").asBoolean()).isFalse();
        assertThat(lead.at("/phone").asString()).isEqualTo("+15125550100");
        assertThat(lead.at("/email").asString()).isEqualTo("maria@example.test");
        assertThat(lead.at("/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(lead.at("/stage").asString()).isEqualTo("NEW");
        assertThat(lead.at("/score").asInt()).isEqualTo(45);
        assertThat(lead.at("/scoreReasons").findValuesAsString("factor")).containsExactly("BUDGET", "LOCATION", "CONTACT");
        assertThat(lead.at("/hot").asBoolean()).isFalse();
        assertThat(lead.at("/source").asString()).isEqualTo("API");
        assertThat(lead.at("/conversationIds").isArray()).isTrue();
        assertThat(http.get("/api/v1/leads/" + lead.at("/id").asString(), agency.apiKey()).json().at("/phone")
                .asString()).isEqualTo("+15125550100");
        assertThat(kinds(lead.at("/id").asString())).containsExactly("CREATED");
    }

    @Test
    void invalidFieldsAreReportedTogether() {
        Response response = create(Map.of("phone", "555-01", "email", "not-an-email", "timeZone", "EST"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().at("/errors").findValuesAsString("field")).contains("phone", "email", "timeZone");
        assertThat(create(Map.of("intent", "LEASE")).status()).isEqualTo(400);
    }

    @Test
    void aSecondContactWithTheSamePhoneMergesAndKeepsTheStage() {
        String id = create(Map.of("firstName", "Maria", "phone", "(512) 555-0101", "areas", List.of("Austin")))
                .json().at("/id").asString();
        assertThat(stage(id, "CONTACTED").status()).isEqualTo(200);

        Response again = create(Map.of("phone", "+1 512 555 0101", "lastName", "Lopez", "firstName", "Mary",
                "areas", List.of("Round Rock", "austin"), "budgetMax", 300_000));
        assertThat(again.status()).isEqualTo(200);
        JsonNode merged = again.json();
        assertThat(merged.at("/merged").asBoolean()).isTrue();
        assertThat(merged.at("/id").asString()).isEqualTo(id);
        assertThat(merged.at("/firstName").asString()).as("known values stay").isEqualTo("Maria");
        assertThat(merged.at("/lastName").asString()).isEqualTo("Lopez");
        assertThat(merged.at("/areas").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Austin", "Round Rock");
        assertThat(merged.at("/stage").asString()).isEqualTo("CONTACTED");
        assertThat(merged.at("/score").asInt()).isEqualTo(25 + 15 + 5);
        assertThat(kinds(id)).contains("MERGED");
        assertThat(list("").at("/items").size()).isEqualTo(1);
    }

    @Test
    void aSecondContactWithTheSameEmailMerges() {
        String id = create(Map.of("email", "sam@example.test", "firstName", "Sam")).json().at("/id").asString();
        Response again = create(Map.of("email", "SAM@example.test", "phone", "512 555 0102", "doNotCall", true));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/id").asString()).isEqualTo(id);
        assertThat(again.json().at("/phone").asString()).isEqualTo("+15125550102");
        assertThat(again.json().at("/doNotCall").asBoolean()).isTrue();
        assertThat(kinds(id)).as("a phone adds no points when the e-mail already earned CONTACT")
                .containsExactly("CREATED", "MERGED");
        assertThat(timeline(id).at("/items/1/note").asString()).contains("phone", "doNotCall");
    }

    @Test
    void stagesFollowTheProductsRules() {
        String id = create(Map.of("firstName", "Stage")).json().at("/id").asString();
        assertIllegal(stage(id, "CLOSED_WON"));
        assertThat(stage(id, "UNDER_CONTRACT").json().at("/stage").asString()).isEqualTo("UNDER_CONTRACT");
        assertIllegal(stage(id, "CONTACTED"));
        assertIllegal(stage(id, "UNDER_CONTRACT"));
        assertThat(stage(id, "CLOSED_WON").json().at("/stage").asString()).isEqualTo("CLOSED_WON");
        assertIllegal(stage(id, "CLOSED_LOST"));
        assertIllegal(stage(id, "QUALIFIED"));
        assertThat(stage(id, "CONTACTED").json().at("/stage").asString()).as("reopen").isEqualTo("CONTACTED");
        assertThat(stage(id, "CLOSED_LOST").json().at("/stage").asString()).isEqualTo("CLOSED_LOST");
        assertIllegal(stage(id, "NEW"));
        assertThat(stage(id, "NOT_A_STAGE").status()).isEqualTo(400);

        List<JsonNode> moves = timeline(id).at("/items").valueStream()
                .filter(entry -> entry.at("/kind").asString().equals("STAGE_CHANGED")).toList();
        assertThat(moves).extracting(entry -> entry.at("/from").asString() + ">" + entry.at("/to").asString())
                .containsExactly("NEW>UNDER_CONTRACT", "UNDER_CONTRACT>CLOSED_WON", "CLOSED_WON>CONTACTED",
                        "CONTACTED>CLOSED_LOST");
        assertThat(moves).allSatisfy(entry -> {
            assertThat(entry.at("/actorType").asString()).isEqualTo("user");
            assertThat(entry.at("/actorId").asString()).isEqualTo(agency.ownerId());
            assertThat(entry.at("/occurredAt").asString()).isNotBlank();
        });
    }

    @Test
    void theSystemQualifiesALeadWhoseScoreReachesSeventy() {
        String id = create(Map.of("phone", "512-555-0103", "budgetMin", 200_000, "areas", List.of("Austin")))
                .json().at("/id").asString();
        stage(id, "CONTACTED");
        Response changed = patch(id, Map.of("timeline", "NOW", "motivation", "new job in town"));
        assertThat(changed.json().at("/score").asInt()).isEqualTo(80);
        assertThat(changed.json().at("/stage").asString()).isEqualTo("QUALIFIED");
        JsonNode last = timeline(id).at("/items").valueStream().toList().getLast();
        assertThat(last.at("/kind").asString()).isEqualTo("STAGE_CHANGED");
        assertThat(last.at("/actorType").asString()).isEqualTo("system");
        assertThat(last.at("/from").asString() + ">" + last.at("/to").asString()).isEqualTo("CONTACTED>QUALIFIED");
        assertThat(kinds(id)).contains("UPDATED", "SCORE_CHANGED");

        Response born = create(Map.of("email", "ready@example.test", "budgetMax", 1, "timeline", "NOW",
                "areas", List.of("Austin"), "motivation", "baby on the way"));
        assertThat(born.json().at("/stage").asString()).as("qualified at creation").isEqualTo("QUALIFIED");
    }

    @Test
    void theSystemNeverMovesAClosedOrLaterLeadBack() {
        String closed = create(Map.of("email", "closed@example.test")).json().at("/id").asString();
        stage(closed, "CLOSED_LOST");
        assertThat(patch(closed, Map.of("budgetMax", 1, "timeline", "NOW", "areas", List.of("Austin"),
                "motivation", "changed their mind")).json().at("/stage").asString()).isEqualTo("CLOSED_LOST");

        String later = create(Map.of("email", "later@example.test")).json().at("/id").asString();
        stage(later, "UNDER_CONTRACT");
        assertThat(patch(later, Map.of("budgetMax", 1, "timeline", "NOW", "areas", List.of("Austin"),
                "motivation", "move")).json().at("/stage").asString()).isEqualTo("UNDER_CONTRACT");
    }

    @Test
    void leadsAreAssignedOnlyToActiveMembers() {
        String id = create(Map.of("firstName", "Assign")).json().at("/id").asString();
        Response assigned = patch(id, Map.of("assignedUserId", agency.ownerId()));
        assertThat(assigned.json().at("/assignedUserId").asString()).isEqualTo(agency.ownerId());
        assertThat(kinds(id)).contains("ASSIGNED");
        Response stranger = patch(id, Map.of("assignedUserId", UUID.randomUUID().toString()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().at("/errors/0/field").asString()).isEqualTo("assignedUserId");
        assertThat(list("?assignedUserId=" + agency.ownerId()).at("/items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void listsFilterAndPageWithCursors() {
        String maria = create(Map.of("firstName", "Maria", "lastName", "Lopez", "phone", "512 555 0104")).json()
                .at("/id").asString();
        String hot = create(Map.of("firstName", "Hank", "timeline", "NOW", "financing", "CASH")).json().at("/id")
                .asString();
        String third = create(Map.of("firstName", "Third", "email", "third@example.test")).json().at("/id").asString();
        stage(third, "CONTACTED");

        assertThat(list("").at("/items").findValuesAsString("id")).containsExactly(third, hot, maria);
        assertThat(list("?hot=true").at("/items").findValuesAsString("id")).containsExactly(hot);
        assertThat(list("?stage=CONTACTED").at("/items").findValuesAsString("id")).containsExactly(third);
        assertThat(list("?q=" + enc("maria lop")).at("/items").findValuesAsString("id")).containsExactly(maria);
        assertThat(list("?q=" + enc("(512) 555-0104")).at("/items").findValuesAsString("id")).containsExactly(maria);
        assertThat(list("?q=THIRD@").at("/items").findValuesAsString("id")).containsExactly(third);
        assertThat(list("?createdFrom=" + enc("2999-01-01T00:00:00Z")).at("/items").size()).isZero();
        assertThat(list("?createdTo=" + enc("2999-01-01T00:00:00+02:00")).at("/items").size()).isEqualTo(3);
        assertThat(http.get("/api/v1/leads?stage=ALMOST", agency.apiKey()).status()).isEqualTo(400);

        JsonNode first = list("?limit=2");
        assertThat(first.at("/items").findValuesAsString("id")).containsExactly(third, hot);
        JsonNode second = list("?limit=2&cursor=" + first.at("/nextCursor").asString());
        assertThat(second.at("/items").findValuesAsString("id")).containsExactly(maria);
        assertThat(second.at("/nextCursor").isNull()).isTrue();
    }

    @Test
    void notesAreKeptAndShowOnTheTimeline() {
        String id = create(Map.of("firstName", "Noted")).json().at("/id").asString();
        Response note = http.post("/api/v1/leads/" + id + "/notes", agency.accessToken(),
                Http.json(Map.of("body", "Prefers calls after 6pm")));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().at("/authorId").asString()).isEqualTo(agency.ownerId());
        assertThat(http.post("/api/v1/leads/" + id + "/notes", agency.accessToken(), "{}").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/leads/" + id + "/notes", agency.apiKey()).json().at("/items")
                .findValuesAsString("body")).containsExactly("Prefers calls after 6pm");
        assertThat(kinds(id)).contains("NOTE_ADDED");
    }

    @Test
    void aReadOnlyKeyMayReadButNotWrite() {
        String id = create(Map.of("firstName", "Readable")).json().at("/id").asString();
        Response key = http.post("/api/v1/api-keys", agency.accessToken(),
                Http.json(Map.of("name", "crm reader", "scopes", List.of("leads:read"))));
        assertThat(key.status()).isEqualTo(201);
        String reader = key.json().at("/secret").asString();

        assertThat(http.get("/api/v1/leads/" + id, reader).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/tasks", reader).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/leads", reader, Http.json(Map.of("firstName", "No"))).status()).isEqualTo(403);
        assertThat(http.patch("/api/v1/leads/" + id, reader, Http.json(Map.of("firstName", "No"))).status())
                .isEqualTo(403);
        assertThat(http.patch("/api/v1/leads/" + id + "/stage", reader, "{\"stage\":\"CONTACTED\"}").status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/leads/" + id + "/notes", reader, "{\"body\":\"x\"}").status()).isEqualTo(403);
        assertThat(http.post("/api/v1/leads/" + id + "/tasks", reader, "{\"type\":\"CALLBACK\"}").status())
                .isEqualTo(403);
        assertThat(delete(id, reader).status()).isEqualTo(403);
        assertThat(delete(id, reader).json().at("/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aPrivacyRequestErasesTheLeadAndIsAudited() {
        String id = create(Map.of("firstName", "Erin", "phone", "512 555 0105", "email", "erin@example.test"))
                .json().at("/id").asString();
        http.post("/api/v1/leads/" + id + "/notes", agency.accessToken(), "{\"body\":\"lives at 1 Main St\"}");
        http.post("/api/v1/leads/" + id + "/tasks", agency.accessToken(), "{\"type\":\"CALLBACK\"}");
        UUID call = TenantContext.call(TenantId.of(agency.tenantId()), () -> {
            UUID conversation = conversations.start(
                    UUID.fromString(agency.provisioned().at("/voiceAgent/id").asString()), Channel.PHONE);
            conversations.appendTurn(conversation, Turn.caller("I'm Erin, call me on 512 555 0105", Instant.now()));
            conversations.attachLead(conversation, UUID.fromString(id));
            conversations.storeRecording(conversation, "audio/wav", new ByteArrayInputStream(new byte[] {1, 2}));
            return conversation;
        });

        assertThat(delete(id, agency.accessToken()).status()).isEqualTo(204);
        JsonNode callAfter = http.get("/api/v1/conversations/" + call, agency.apiKey()).json();
        assertThat(callAfter.at("/turns").size()).as("transcript erased").isZero();
        assertThat(callAfter.at("/recording").isNull()).as("recording erased").isTrue();
        assertThat(callAfter.at("/leadId").isNull()).isTrue();
        assertThat(http.get("/api/v1/leads/" + id, agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/leads/" + id + "/timeline", agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/tasks", agency.apiKey()).json().at("/items").size()).isZero();
        assertThat(delete(id, agency.accessToken()).status()).isEqualTo(404);
        JsonNode audit = http.get("/api/v1/audit-events?action=lead.erased", agency.apiKey()).json().at("/items");
        assertThat(audit.findValuesAsString("target")).containsExactly("lead:" + id);
        assertThat(audit.at("/0/actorId").asString()).isEqualTo(agency.ownerId());

        Response again = create(Map.of("phone", "512 555 0105"));
        assertThat(again.status()).as("nothing left to merge into").isEqualTo(201);
        assertThat(again.json().at("/firstName").isNull()).isTrue();
    }

    @Test
    void neverShowsAnotherTenantsLead() {
        Staff other = Staff.newAgency(http, "leads-other");
        String theirs = http.post("/api/v1/leads", other.apiKey(), Http.json(Map.of("phone", "512 555 0106")))
                .json().at("/id").asString();
        String mine = agency.accessToken();

        assertThat(http.get("/api/v1/leads/" + theirs, mine).status()).isEqualTo(404);
        assertThat(http.patch("/api/v1/leads/" + theirs, mine, "{\"firstName\":\"x\"}").status()).isEqualTo(404);
        assertThat(http.patch("/api/v1/leads/" + theirs + "/stage", mine, "{\"stage\":\"CONTACTED\"}").status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/leads/" + theirs + "/timeline", mine).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/leads/" + theirs + "/notes", mine, "{\"body\":\"x\"}").status()).isEqualTo(404);
        assertThat(delete(theirs, mine).status()).isEqualTo(404);
        assertThat(list("").at("/items").size()).isZero();

        Response sameContact = create(Map.of("phone", "512 555 0106"));
        assertThat(sameContact.status()).as("same person, another agency: a lead of its own").isEqualTo(201);
        assertThat(sameContact.json().at("/id").asString()).isNotEqualTo(theirs);
    }

    private Response create(Map<String, ?> body) {
        return http.post("/api/v1/leads", agency.apiKey(), Http.json(body));
    }

    private Response patch(String id, Map<String, ?> body) {
        return http.patch("/api/v1/leads/" + id, agency.accessToken(), Http.json(body));
    }

    private Response stage(String id, String stage) {
        return http.patch("/api/v1/leads/" + id + "/stage", agency.accessToken(), Http.json(Map.of("stage", stage)));
    }

    private Response delete(String id, String bearer) {
        return http.send(http.request("/api/v1/leads/" + id, bearer).DELETE());
    }

    private JsonNode list(String query) {
        Response response = http.get("/api/v1/leads" + query, agency.apiKey());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode timeline(String id) {
        return http.get("/api/v1/leads/" + id + "/timeline", agency.accessToken()).json();
    }

    private List<String> kinds(String id) {
        return timeline(id).at("/items").findValuesAsString("kind");
    }

    private static void assertIllegal(Response response) {
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/code").asString()).isEqualTo("ILLEGAL_STAGE_MOVE");
        assertThat(response.isProblem()).isTrue();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
