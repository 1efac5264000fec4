package ai.seiketsu.dialogue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.seiketsu.conversations.ConversationEnded;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text channel over HTTP (product.md, Interfaces, "Text channel"): who may open, talk in and end a text
 * conversation, how bad input is answered, what the transcript and the conversation hold afterwards, and that
 * concurrent and repeated (idempotent) messages lose or duplicate nothing.
 */
@IntegrationTest
class TextChannelApiTests {

    private static final String STOP = "please stop calling me, my number is 512 867 5312";

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableApplicationContext application;
    Http http;
    Staff agency;
    String agentId;
    /** Every {@link ConversationEnded} published while a test runs, on whatever thread. */
    final List<ConversationEnded> ended = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> endings = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ConversationEnded e) {
            ended.add(e);
        }
    };

    @BeforeEach
    void agency() throws UnknownHostException {
        // an address of this class's own: sign-ins here do not share the anonymous budget of other tests
        http = new Http(port, InetAddress.getByName("127.0.0.76"));
        agency = Staff.newAgency(http, "text");
        agentId = agency.provisioned().at("/voiceAgent/id").asString();
        // bursts of requests faster than STARTER's 20 a second, and a second voice agent: ENTERPRISE
        assertThat(http.patch("/api/v1/tenants/" + agency.tenantId(), OPERATOR_TOKEN, "{\"plan\":\"ENTERPRISE\"}")
                .status()).isEqualTo(200);
        application.addApplicationListener(endings);
    }

    @AfterEach
    void stopListening() {
        application.removeApplicationListener(endings);
    }

    // ---- who may call

    @Test
    void aKeyWithConversationsWriteOpensTalksAndEnds() {
        String writer = key("conversations:write");

        talksEndToEnd(writer, "API_TEXT");
    }

    @Test
    void aKeyWithoutConversationsWriteIsForbiddenEverywhere() {
        String reader = key("conversations:read", "leads:write", "agents:read");
        String id = openedId(agency.apiKey());

        for (Response refused : List.of(open(reader, agentId, "API_TEXT"), say(reader, id, "hello"),
                end(reader, id))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(transcript(id)).as("nothing was said").hasSize(1);
    }

    @Test
    void staffOfAnyRoleMayTalkToTheirAgent() {
        talksEndToEnd(agency.accessToken(), "WEB_CHAT");
        talksEndToEnd(member("VIEWER"), "API_TEXT");
    }

    @Test
    void thePublishableKeyOfTheAgentOpensTalksAndEnds() {
        talksEndToEnd(publishableKey(agentId), "WEB_CHAT");
    }

    @Test
    void thePublishableKeyOfAnotherAgentCannotOpenAndDoesNotFindTheAgentsConversations() {
        String otherAgent = secondAgent();
        String othersKey = publishableKey(otherAgent);
        String id = openedId(agency.apiKey());

        Response opening = open(othersKey, agentId, "WEB_CHAT");
        Response message = say(othersKey, id, "hello");
        Response ending = end(othersKey, id);

        assertThat(opening.status()).as(opening.body()).isEqualTo(403);
        assertThat(opening.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(message.status()).as(message.body()).isEqualTo(404);
        assertThat(ending.status()).as(ending.body()).isEqualTo(404);
        assertThat(List.of(opening, message, ending)).allMatch(Response::isProblem);
        assertThat(message.json().at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(http.get("/api/v1/conversations/" + id, agency.apiKey()).json().at("/status").asString())
                .as("still open").isEqualTo("ACTIVE");
        assertThat(transcript(id)).hasSize(1);
        assertThat(open(othersKey, otherAgent, "WEB_CHAT").status()).as("its own agent").isEqualTo(201);
    }

    @Test
    void anotherTenantsConversationAndAgentAreNotFoundLikeMissingOnes() {
        Staff other = Staff.newAgency(http, "text-other");
        String othersAgent = other.provisioned().at("/voiceAgent/id").asString();
        String theirs = openedId(other.apiKey(), othersAgent);
        String missing = UUID.randomUUID().toString();

        for (String token : List.of(agency.apiKey(), agency.accessToken(), publishableKey(agentId))) {
            for (String id : List.of(theirs, missing)) {
                Response message = say(token, id, "hello");
                Response ending = end(token, id);
                assertThat(message.status()).as(message.body()).isEqualTo(404);
                assertThat(ending.status()).as(ending.body()).isEqualTo(404);
                assertThat(message.json().at("/code").asString()).isEqualTo("NOT_FOUND");
                assertThat(ending.json().at("/code").asString()).isEqualTo("NOT_FOUND");
                assertThat(message.json().at("/detail")).isEqualTo(say(token, missing, "hello").json().at("/detail"));
                for (String invalid : List.of("{}", "{\"text\": \"  \"}", Http.json(Map.of("text", "a\u0000")))) {
                    Response notThere = http.post("/api/v1/conversations/" + id + "/messages", token, invalid);
                    assertThat(notThere.status()).as("not found before its text is looked at: " + invalid)
                            .isEqualTo(404);
                }
            }
        }
        Response theirAgent = open(agency.apiKey(), othersAgent, "API_TEXT");
        assertThat(theirAgent.status()).as(theirAgent.body()).isEqualTo(404);
        assertThat(open(agency.apiKey(), missing, "API_TEXT").status()).isEqualTo(404);
        JsonNode untouched = http.get("/api/v1/conversations/" + theirs, other.apiKey()).json();
        assertThat(untouched.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(untouched.at("/turns").size()).isEqualTo(1);
    }

    @Test
    void withoutATokenEverythingIsUnauthenticated() {
        String id = openedId(agency.apiKey());

        List<Response> anonymous = List.of(
                http.post("/api/v1/conversations", Http.json(Map.of("agentId", agentId, "channel", "WEB_CHAT"))),
                http.post("/api/v1/conversations/" + id + "/messages", Http.json(Map.of("text", "hello"))),
                http.post("/api/v1/conversations/" + id + "/end", "{}"),
                open("sk_not-a-key", agentId, "API_TEXT"), say("pk_not-a-key", id, "hello"));

        assertThat(anonymous).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().at("/code").asString()).isEqualTo("UNAUTHENTICATED");
        });
        assertThat(transcript(id)).hasSize(1);
    }

    // ---- bad input

    @Test
    void anInvalidOpeningNamesTheField() {
        invalid(http.post("/api/v1/conversations", agency.apiKey(), "{\"channel\": \"API_TEXT\"}"), "agentId");
        invalid(http.post("/api/v1/conversations", agency.apiKey(), Http.json(Map.of("agentId", agentId))), "channel");
        invalid(open(agency.apiKey(), agentId, "PHONE"), "channel");
        invalid(open(agency.apiKey(), agentId, "WEB_VOICE"), "channel");
        invalid(open(agency.apiKey(), agentId, "SMS"), "channel");
        invalid(open(agency.apiKey(), agentId, "api_text"), "channel");
        invalid(open(agency.apiKey(), "not-a-uuid", "API_TEXT"), "agentId");
        invalid(http.post("/api/v1/conversations", agency.apiKey(),
                "{\"agentId\": \"" + agentId + "\", \"channel\": 7}"), "channel");
        assertThat(http.get("/api/v1/conversations", agency.apiKey()).json().at("/items").size())
                .as("nothing was opened").isZero();
    }

    @Test
    void anInvalidMessageNamesTheTextAndLeavesTheTranscriptAlone() {
        String id = openedId(agency.apiKey());

        invalid(http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(), "{}"), "text");
        invalid(http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(), "{\"text\": null}"), "text");
        invalid(say(agency.apiKey(), id, ""), "text");
        invalid(say(agency.apiKey(), id, " \t\n "), "text");
        invalid(say(agency.apiKey(), id, "a".repeat(2_001)), "text");
        invalid(http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(), "{\"text\": [\"hi\"]}"),
                "text");

        assertThat(transcript(id)).hasSize(1);
        Response longest = say(agency.apiKey(), id, "I'm looking to buy in Austin. " + "x".repeat(1_970));
        assertThat(longest.status()).as("2,000 characters are allowed: " + longest.body()).isEqualTo(200);
    }

    @Test
    void malformedBodiesAndIdsAreClientErrorsNeverServerErrors() {
        String id = openedId(agency.apiKey());

        for (String body : List.of("{", "not json", "[]", "\"text\"", "{\"text\": \"hi\",}")) {
            for (String path : List.of("/api/v1/conversations", "/api/v1/conversations/" + id + "/messages")) {
                Response bad = http.post(path, agency.apiKey(), body);
                assertThat(bad.status()).as(path + " " + body + ": " + bad.body()).isEqualTo(400);
                assertThat(bad.isProblem()).isTrue();
                assertThat(bad.json().at("/code").asString()).isIn("MALFORMED_REQUEST", "VALIDATION_FAILED");
            }
        }
        assertThat(http.post("/api/v1/conversations", agency.apiKey(), "{").json().at("/code").asString())
                .as("the platform's code for a body that is not JSON").isEqualTo("MALFORMED_REQUEST");
        Response noBody = http.send(http.request("/api/v1/conversations/" + id + "/messages", agency.apiKey())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.isProblem()).isTrue();

        invalid(say(agency.apiKey(), "not-a-uuid", "hello"), "id");
        invalid(end(agency.apiKey(), "12345"), "id");
        assertThat(transcript(id)).hasSize(1);
    }

    @Test
    void unusualCharactersInAMessageAreNeverAServerError() {
        String id = openedId(agency.apiKey());

        // PostgreSQL text cannot hold U+0000: this was a 500 (the turn's insert failed) before it was refused
        invalid(say(agency.apiKey(), id, "hello\u0000there"), "text");
        invalid(say(agency.apiKey(), id, "\u0000"), "text");
        assertThat(transcript(id)).hasSize(1);
        for (String text : List.of("\uD83C\uDFE1 a house in Austin \uD83D\uDE00",
                "caf\u00E9 in Austin", "zero\u200Bwidth", "\u202Eright to left")) {
            Response answered = say(agency.apiKey(), id, text);
            assertThat(answered.status()).as(text + ": " + answered.body()).isIn(200, 400);
            if (answered.status() == 400) {
                assertThat(answered.json().at("/errors/0/field").asString()).isEqualTo("text");
            }
        }
        Response lone = http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(),
                "{\"text\": \"a lone surrogate \\ud800 here\"}");
        assertThat(lone.status()).as(lone.body()).isIn(200, 400);
        assertThat(say(agency.apiKey(), id, "I'm looking to buy in Austin").status()).isEqualTo(200);
    }

    // ---- the end

    @Test
    void aMessageAfterTheAgentEndedTheConversationIsAConflictAndSoIsEndingIt() {
        String id = openedId(agency.apiKey());

        Response stop = say(agency.apiKey(), id, STOP);

        assertThat(stop.status()).as(stop.body()).isEqualTo(200);
        assertThat(stop.json().at("/ended").asBoolean()).isTrue();
        assertThat(stop.json().at("/outcome").asString()).isEqualTo("DO_NOT_CALL");
        String leadId = stop.json().at("/leadId").asString();
        assertThat(leadId).isNotBlank();
        Response after = say(agency.apiKey(), id, "hello?");
        assertThat(after.status()).as(after.body()).isEqualTo(409);
        assertThat(after.isProblem()).isTrue();
        assertThat(after.json().at("/code").asString()).isEqualTo("CONFLICT");
        Response ending = end(agency.apiKey(), id);
        assertThat(ending.status()).as(ending.body()).isEqualTo(409);
        assertThat(ending.json().at("/code").asString()).isEqualTo("CONFLICT");

        JsonNode conversation = http.get("/api/v1/conversations/" + id, agency.apiKey()).json();
        assertThat(conversation.at("/status").asString()).isEqualTo("ENDED");
        assertThat(conversation.at("/outcome").asString()).isEqualTo("DO_NOT_CALL");
        assertThat(conversation.at("/leadId").asString()).isEqualTo(leadId);
        assertThat(conversation.at("/summary").asString()).isNotBlank();
        assertThat(texts(conversation)).hasSize(3).element(1).isEqualTo("CALLER: " + STOP);
        JsonNode lead = http.get("/api/v1/leads/" + leadId, agency.apiKey()).json();
        assertThat(lead.at("/doNotCall").asBoolean()).isTrue();
        assertThat(lead.at("/phone").asString()).isEqualTo("+15128675312");
        assertThat(ended).containsExactly(new ConversationEnded(TenantId.of(agency.tenantId()), UUID.fromString(id),
                UUID.fromString(agentId), UUID.fromString(leadId)));
    }

    @Test
    void theLeadMadeInAConversationListsIt() {
        String id = openedId(agency.apiKey());
        String leadId = say(agency.apiKey(), id, STOP).json().at("/leadId").asString();

        JsonNode lead = http.get("/api/v1/leads/" + leadId, agency.apiKey()).json();

        assertThat(lead.at("/conversationIds").valueStream().map(JsonNode::asString).toList()).contains(id);
    }

    @Test
    void endingTwiceIsAConflictAndPublishesOneEnding() {
        String id = openedId(agency.apiKey());

        Response first = end(agency.apiKey(), id);
        Response second = end(agency.apiKey(), id);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/status").asString()).isEqualTo("ENDED");
        assertThat(first.json().at("/outcome").asString()).isEqualTo("INCOMPLETE");
        assertThat(first.json().at("/endedAt").isNull()).isFalse();
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().at("/code").asString()).isEqualTo("CONFLICT");
        assertThat(say(agency.apiKey(), id, "hello?").status()).isEqualTo(409);
        assertThat(ended).extracting(ConversationEnded::conversationId).containsExactly(UUID.fromString(id));
    }

    @Test
    void theTranscriptHasTheGreetingEveryMessageAndEveryReplyAndTheEndHasLeadOutcomeAndSummary() {
        DialogueAgency talking = talkingAgency("text-talk");
        Response opened = open(talking.apiKey(), talking.agentId(), "API_TEXT");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(opened.json().at("/agentId").asString()).isEqualTo(talking.agentId());
        assertThat(opened.json().at("/channel").asString()).isEqualTo("API_TEXT");
        String id = opened.json().at("/id").asString();
        List<String> expected = new ArrayList<>(List.of("AGENT: " + opened.json().at("/greeting").asString()));
        String leadId = null;
        for (String said : List.of("Hi, I'm looking to buy a three bedroom house in Austin",
                "around five hundred thousand", "my name is Maria Lopez", "five one two, eight six seven, five three one oh",
                "yes")) {
            Response answered = say(talking.apiKey(), id, said);
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(answered.json().at("/ended").asBoolean()).isFalse();
            assertThat(answered.json().at("/outcome").isNull()).isTrue();
            expected.add("CALLER: " + said);
            expected.add("AGENT: " + answered.json().at("/reply").asString());
            if (!answered.json().at("/leadId").isNull()) {
                leadId = answered.json().at("/leadId").asString();
            }
        }
        assertThat(leadId).as("a lead once the caller gave a name and a number").isNotNull();
        JsonNode during = http.get("/api/v1/conversations/" + id, talking.apiKey()).json();
        assertThat(during.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(during.at("/leadId").asString()).isEqualTo(leadId);
        assertThat(texts(during)).containsExactlyElementsOf(expected);

        Response ending = end(talking.apiKey(), id);

        assertThat(ending.status()).as(ending.body()).isEqualTo(200);
        JsonNode after = http.get("/api/v1/conversations/" + id, talking.apiKey()).json();
        assertThat(after.at("/status").asString()).isEqualTo("ENDED");
        assertThat(after.at("/outcome").asString()).isNotBlank().isNotEqualTo("null");
        assertThat(after.at("/outcome").asString()).isEqualTo(ending.json().at("/outcome").asString());
        assertThat(after.at("/summary").asString()).isNotBlank().containsIgnoringCase("Austin");
        assertThat(after.at("/leadId").asString()).isEqualTo(leadId);
        assertThat(texts(after)).as("ending adds no turn").containsExactlyElementsOf(expected);
        JsonNode lead = http.get("/api/v1/leads/" + leadId, talking.apiKey()).json();
        assertThat(lead.at("/firstName").asString()).isEqualTo("Maria");
        assertThat(lead.at("/phone").asString()).isEqualTo("+15128675310");
        assertThat(lead.at("/areas/0").asString()).isEqualTo("Austin");
        assertThat(ended).containsExactly(new ConversationEnded(TenantId.of(talking.tenantId()), UUID.fromString(id),
                UUID.fromString(talking.agentId()), UUID.fromString(leadId)));
    }

    @Test
    void aCallerWhoAsksForAFreeTimeOfTheirOwnIsBookedAtIt() {
        DialogueAgency talking = talkingAgency("text-time");
        String id = openedId(talking.apiKey(), talking.agentId());
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York"); // the test agencies' zone
        java.time.ZonedDateTime at = java.time.LocalDate.now(zone).plusDays(2).atTime(10, 30).atZone(zone);
        String day = at.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        List<String> said = List.of(
                "Hi, I'm looking to buy a three bedroom, two bathroom house in Austin, up to five hundred thousand",
                "in the next couple of months", "we're pre-approved", "relocating for work", "my name is Maria Lopez",
                "512 867 5310", "yes", "yes please, the first one");
        for (String text : said) {
            assertThat(say(talking.apiKey(), id, text).status()).isEqualTo(200);
        }

        // the owner is free every day from 9 to 5: 10:30 is one of their half-hour slots
        Response asked = say(talking.apiKey(), id, "could I come on " + day + " at 10:30 AM?");

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().at("/reply").asString()).as("the reply to an exact free time")
                .contains("You're booked").doesNotContain("not available");
        JsonNode conversation = http.get("/api/v1/conversations/" + id, talking.apiKey()).json();
        assertThat(conversation.at("/appointmentIds").size()).isEqualTo(1);
        JsonNode appointment = http.get("/api/v1/appointments/" + conversation.at("/appointmentIds/0").asString(),
                talking.apiKey()).json();
        assertThat(java.time.Instant.parse(appointment.at("/startsAt").asString())).isEqualTo(at.toInstant());
        assertThat(appointment.at("/type").asString()).isEqualTo("SHOWING");
    }

    // ---- concurrency and repetition

    @Test
    void twoMessagesAtOnceAreBothAnsweredAndBothKeptInOrder() throws Exception {
        DialogueAgency talking = talkingAgency("text-race");
        Response opened = open(talking.apiKey(), talking.agentId(), "WEB_CHAT");
        String id = opened.json().at("/id").asString();
        List<String> pairs = List.of("I'm looking to buy a home", "in Austin", "around five hundred thousand",
                "three bedrooms", "two bathrooms", "a single family house", "in the next couple of months",
                "we're pre-approved");
        List<String[]> answered = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            answered.addAll(atOnce(talking.apiKey(), id, pairs.get(i), pairs.get(i + 1)));
        }

        List<String> turns = texts(http.get("/api/v1/conversations/" + id, talking.apiKey()).json());
        assertThat(turns).hasSize(1 + 2 * pairs.size());
        assertThat(turns.getFirst()).isEqualTo("AGENT: " + opened.json().at("/greeting").asString());
        List<String> callers = new ArrayList<>();
        for (int t = 1; t < turns.size(); t += 2) {
            assertThat(turns.get(t)).as("turn %d", t).startsWith("CALLER: ");
            String said = turns.get(t).substring("CALLER: ".length());
            callers.add(said);
            String reply = answered.stream().filter(a -> a[0].equals(said)).findFirst().orElseThrow()[1];
            assertThat(turns.get(t + 1)).as("the reply to '%s' right after it", said).isEqualTo("AGENT: " + reply);
        }
        assertThat(callers).containsExactlyInAnyOrderElementsOf(pairs);
        assertThat(end(talking.apiKey(), id).status()).isEqualTo(200);
    }

    @Test
    void endingWhileMessagesArriveEndsOnceAndNeverFails() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = openedId(agency.apiKey());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                sent.add(threads.submit(() -> { go.await(); return end(agency.apiKey(), id); }));
                sent.add(threads.submit(() -> { go.await(); return end(agency.apiKey(), id); }));
                sent.add(threads.submit(() -> { go.await(); return say(agency.apiKey(), id, STOP); }));
                sent.add(threads.submit(() -> { go.await(); return say(agency.apiKey(), id, "I'm looking to buy"); }));
                go.countDown();
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> response : sent) {
                statuses.add(response.get().status());
                assertThat(response.get().status()).as(response.get().body()).isIn(200, 409);
            }
            Response stop = sent.get(2).get();
            long endings = statuses.subList(0, 2).stream().filter(s -> s == 200).count()
                    + (stop.status() == 200 && stop.json().at("/ended").asBoolean() ? 1 : 0);
            assertThat(endings).as("ended by exactly one of the two ends and the stop: " + statuses).isEqualTo(1);
            List<String> turns = transcript(id);
            assertThat(turns.size()).as("greeting and whole exchanges: " + turns).isOdd();
            long answeredMessages = statuses.subList(2, 4).stream().filter(s -> s == 200).count();
            assertThat(turns).hasSize(1 + 2 * (int) answeredMessages);
            assertThat(ended).as("round " + round).extracting(ConversationEnded::conversationId)
                    .containsOnlyOnce(UUID.fromString(id));
        }
    }

    @Test
    void aRepeatedMessageWithTheSameIdempotencyKeyIsAnsweredOnceAndReplayed() {
        String id = openedId(agency.apiKey());
        String key = UUID.randomUUID().toString();
        String body = Http.json(Map.of("text", "I'm looking to buy a home"));

        Response first = withKey(agency.apiKey(), "/api/v1/conversations/" + id + "/messages", key, body);
        Response again = withKey(agency.apiKey(), "/api/v1/conversations/" + id + "/messages", key, body);
        Response otherBody = withKey(agency.apiKey(), "/api/v1/conversations/" + id + "/messages", key,
                Http.json(Map.of("text", "in Austin")));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(otherBody.status()).as(otherBody.body()).isEqualTo(422);
        assertThat(otherBody.json().at("/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(transcript(id)).as("one caller turn and one reply").hasSize(3)
                .containsSubsequence("CALLER: I'm looking to buy a home",
                        "AGENT: " + first.json().at("/reply").asString());

        String openKey = UUID.randomUUID().toString();
        String openBody = Http.json(Map.of("agentId", agentId, "channel", "API_TEXT"));
        Response opened = withKey(agency.apiKey(), "/api/v1/conversations", openKey, openBody);
        Response reopened = withKey(agency.apiKey(), "/api/v1/conversations", openKey, openBody);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(reopened.status()).isEqualTo(201);
        assertThat(reopened.json().at("/id")).as("the same conversation, not a second one")
                .isEqualTo(opened.json().at("/id"));
        assertThat(http.get("/api/v1/conversations", agency.apiKey()).json().at("/items").size()).isEqualTo(2);
    }

    // ---- helpers

    /** Opens, says two things, reads the conversation with the agency's key and ends it: all with {@code token}. */
    private void talksEndToEnd(String token, String channel) {
        Response opened = open(token, agentId, channel);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().at("/greeting").asString()).isNotBlank();
        assertThat(opened.json().at("/channel").asString()).isEqualTo(channel);
        String id = opened.json().at("/id").asString();
        Response answered = say(token, id, "I'm looking to buy a home");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().at("/reply").asString()).isNotBlank();
        assertThat(answered.json().at("/ended").asBoolean()).isFalse();
        assertThat(answered.json().has("leadId")).isTrue();
        assertThat(answered.json().has("outcome")).isTrue();
        Response ending = end(token, id);
        assertThat(ending.status()).as(ending.body()).isEqualTo(200);
        assertThat(ending.json().at("/id").asString()).isEqualTo(id);
        assertThat(ending.json().at("/status").asString()).isEqualTo("ENDED");
        assertThat(ending.json().at("/channel").asString()).isEqualTo(channel);
        assertThat(transcript(id)).hasSize(3);
    }

    /** Sends {@code a} and {@code b} to the conversation at the same moment; answers [said, reply] of each. */
    private List<String[]> atOnce(String token, String id, String a, String b) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Response>> sent = new ArrayList<>();
            for (String said : List.of(a, b)) {
                sent.add(threads.submit(() -> {
                    go.await();
                    return say(token, id, said);
                }));
            }
            go.countDown();
            List<String[]> answered = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Response response = sent.get(i).get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                answered.add(new String[] { i == 0 ? a : b, response.json().at("/reply").asString() });
            }
            return answered;
        }
    }

    private Response open(String token, String agent, String channel) {
        return http.post("/api/v1/conversations", token, Http.json(Map.of("agentId", agent, "channel", channel)));
    }

    private String openedId(String token) {
        return openedId(token, agentId);
    }

    private String openedId(String token, String agent) {
        Response opened = open(token, agent, "API_TEXT");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().at("/id").asString();
    }

    private Response say(String token, String id, String text) {
        return http.post("/api/v1/conversations/" + id + "/messages", token, Http.json(Map.of("text", text)));
    }

    private Response end(String token, String id) {
        return http.post("/api/v1/conversations/" + id + "/end", token, "{}");
    }

    private Response withKey(String token, String path, String key, String body) {
        return http.send(http.request(path, token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The conversation's turns as "ROLE: text", read with the agency's own key. */
    private List<String> transcript(String id) {
        Response read = http.get("/api/v1/conversations/" + id, agency.apiKey());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return texts(read.json());
    }

    private static List<String> texts(JsonNode conversation) {
        return conversation.at("/turns").valueStream()
                .map(turn -> turn.at("/role").asString() + ": " + turn.at("/text").asString()).toList();
    }

    private static void invalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().at("/code").asString()).as(response.body()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().at("/errors").valueStream().map(e -> e.at("/field").asString()).toList())
                .as(response.body()).contains(field);
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "at ai.seiketsu");
    }

    private String key(String... scopes) {
        Response created = http.post("/api/v1/api-keys", agency.accessToken(),
                Http.json(Map.of("name", "Text " + String.join(" ", scopes), "scopes", List.of(scopes))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/secret").asString();
    }

    private String publishableKey(String agent) {
        Response created = http.post("/api/v1/agents/" + agent + "/publishable-keys", agency.accessToken(), "{}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/key").asString();
    }

    /** An agency set up for talking ({@link DialogueAgency}), on ENTERPRISE so that its budget never answers 429. */
    private DialogueAgency talkingAgency(String stem) {
        DialogueAgency talking = DialogueAgency.create(http, stem);
        assertThat(http.patch("/api/v1/tenants/" + talking.tenantId(), OPERATOR_TOKEN, "{\"plan\":\"ENTERPRISE\"}")
                .status()).isEqualTo(200);
        return talking;
    }

    private String secondAgent() {
        Response created = http.post("/api/v1/agents", agency.accessToken(), "{\"name\": \"Second\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/id").asString();
    }

    /** A member of {@code role}, invited, accepted and signed in: their access token. */
    private String member(String role) {
        String email = role.toLowerCase(java.util.Locale.ROOT) + "-" + TestTenants.uniqueSlug("m") + "@example.test";
        Response invited = http.post("/api/v1/users", agency.accessToken(), Http.json(Map.of("email", email,
                "role", role)));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String token = URI.create(invited.json().at("/invitationUrl").asString()).getQuery()
                .substring("token=".length());
        Response accepted = http.post("/api/v1/users/invitations/accept", Http.json(Map.of("token", token,
                "name", "Vic Viewer", "password", TestTenants.PASSWORD)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Response session = http.post("/api/v1/auth/login", Http.json(Map.of("email", email,
                "password", TestTenants.PASSWORD)));
        assertThat(session.status()).as(session.body()).isEqualTo(200);
        return session.json().at("/accessToken").asString();
    }
}
