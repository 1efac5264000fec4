package ai.seiketsu.conversations;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The record of calls: written through the Java API as the voice pipeline will, read over HTTP by staff. */
@IntegrationTest
@RecordApplicationEvents
class ConversationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Autowired
    ApplicationEvents events;
    Http http;
    Staff agency;
    TenantId tenant;
    UUID agent;

    @BeforeEach
    void agency() {
        http = new Http(port);
        agency = Staff.newAgency(http, "conversations");
        tenant = TenantId.of(agency.tenantId());
        agent = UUID.fromString(agency.provisioned().at("/voiceAgent/id").asString());
    }

    @Test
    void theDetailShowsTheTurnsInOrderWithTheirTimings() {
        Instant t0 = Instant.parse("2026-03-02T15:00:00Z");
        UUID id = inTenant(() -> conversations.start(agent, Channel.PHONE));
        inTenant(() -> {
            conversations.appendTurn(id, Turn.caller("Do you have three bedrooms in Austin?", t0));
            conversations.appendTurn(id, new Turn(TurnRole.AGENT, "Yes, two of them.", t0.plusSeconds(3), true, false,
                    420, 310, 650, 120, 1190));
            return null;
        });

        Response response = http.get("/api/v1/conversations/" + id, agency.apiKey());
        assertThat(response.status()).isEqualTo(200);
        JsonNode detail = response.json();
        assertThat(detail.at("/id").asString()).isEqualTo(id.toString());
        assertThat(detail.at("/agentId").asString()).isEqualTo(agent.toString());
        assertThat(detail.at("/channel").asString()).isEqualTo("PHONE");
        assertThat(detail.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(detail.at("/outcome").isNull()).isTrue();
        assertThat(detail.at("/appointmentIds").isArray()).isTrue();
        assertThat(detail.at("/turns").size()).isEqualTo(2);
        JsonNode caller = detail.at("/turns/0");
        assertThat(caller.at("/role").asString()).isEqualTo("CALLER");
        assertThat(caller.at("/text").asString()).isEqualTo("Do you have three bedrooms in Austin?");
        assertThat(Instant.parse(caller.at("/startedAt").asString())).isEqualTo(t0);
        assertThat(caller.at("/responseMs").isNull()).isTrue();
        JsonNode reply = detail.at("/turns/1");
        assertThat(reply.at("/role").asString()).isEqualTo("AGENT");
        assertThat(reply.at("/interrupted").asBoolean()).isTrue();
        assertThat(reply.at("/cacheHit").asBoolean()).isFalse();
        assertThat(reply.at("/endpointMs").asInt()).isEqualTo(420);
        assertThat(reply.at("/sttMs").asInt()).isEqualTo(310);
        assertThat(reply.at("/thinkMs").asInt()).isEqualTo(650);
        assertThat(reply.at("/ttsFirstAudioMs").asInt()).isEqualTo(120);
        assertThat(reply.at("/responseMs").asInt()).isEqualTo(1190);
        assertThat(http.get("/api/v1/conversations", agency.apiKey()).json().at("/items/0").has("turns"))
                .as("lists leave the turns out").isFalse();
    }

    @Test
    void endingRecordsOutcomeLeadAndAppointmentsAndPublishesConversationEndedWithIdsOnly() {
        UUID lead = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        UUID id = inTenant(() -> conversations.start(agent, Channel.WEB_VOICE));
        Conversation ended = inTenant(() -> {
            conversations.attachLead(id, lead);
            conversations.addAppointment(id, appointment);
            conversations.addAppointment(id, appointment);
            return conversations.end(id, ConversationOutcome.APPOINTMENT_BOOKED, "Booked a showing.");
        });

        assertThat(ended.status()).isEqualTo(ConversationStatus.ENDED);
        assertThat(ended.endedAt()).isNotNull();
        assertThat(events.stream(ConversationEnded.class))
                .containsExactly(new ConversationEnded(tenant, id, agent, lead));
        JsonNode detail = http.get("/api/v1/conversations/" + id, agency.accessToken()).json();
        assertThat(detail.at("/outcome").asString()).isEqualTo("APPOINTMENT_BOOKED");
        assertThat(detail.at("/leadId").asString()).isEqualTo(lead.toString());
        assertThat(detail.at("/appointmentIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(appointment.toString());
        assertThat(detail.at("/summary").asString()).isEqualTo("Booked a showing.");
        assertThat(detail.at("/endedAt").isNull()).isFalse();

        assertThatThrownBy(() -> inTenant(() -> {
            conversations.appendTurn(id, Turn.caller("hello?", Instant.now()));
            return null;
        })).hasMessageContaining("ended");
        assertThatThrownBy(() -> inTenant(() -> conversations.end(id, ConversationOutcome.INCOMPLETE, null)))
                .hasMessageContaining("ended");
        assertThat(events.stream(ConversationEnded.class)).hasSize(1);
    }

    @Test
    void listsNewestFirstWithFiltersAndKeysetPages() {
        UUID lead = UUID.randomUUID();
        UUID otherAgent = UUID.randomUUID();
        UUID first = inTenant(() -> conversations.start(agent, Channel.PHONE));
        UUID second = inTenant(() -> conversations.start(agent, Channel.API_TEXT));
        UUID third = inTenant(() -> conversations.start(otherAgent, Channel.PHONE));
        inTenant(() -> {
            conversations.attachLead(second, lead);
            return conversations.end(second, ConversationOutcome.QUALIFIED, null);
        });

        assertThat(ids("")).containsExactly(third, second, first);
        assertThat(ids("?agentId=" + agent)).containsExactly(second, first);
        assertThat(ids("?leadId=" + lead)).containsExactly(second);
        assertThat(ids("?channel=PHONE")).containsExactly(third, first);
        assertThat(ids("?status=ENDED")).containsExactly(second);
        assertThat(ids("?status=ACTIVE&channel=PHONE&agentId=" + agent)).containsExactly(first);
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        assertThat(ids("?from=" + future)).isEmpty();
        assertThat(ids("?to=" + future)).hasSize(3);
        assertThat(http.get("/api/v1/conversations?from=yesterday", agency.apiKey()).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/conversations?channel=FAX", agency.apiKey()).status()).isEqualTo(400);

        JsonNode page1 = http.get("/api/v1/conversations?limit=2", agency.apiKey()).json();
        assertThat(page1.at("/items").findValuesAsString("id")).containsExactly(third.toString(), second.toString());
        String cursor = page1.at("/nextCursor").asString();
        JsonNode page2 = http.get("/api/v1/conversations?limit=2&cursor=" + cursor, agency.apiKey()).json();
        assertThat(page2.at("/items").findValuesAsString("id")).containsExactly(first.toString());
        assertThat(page2.at("/nextCursor").isNull()).isTrue();
    }

    @Test
    void erasingALeadRemovesItsTranscriptsAndRecordingsButNotOtherConversations() {
        UUID lead = UUID.randomUUID();
        UUID theirs = inTenant(() -> conversations.start(agent, Channel.PHONE));
        UUID other = inTenant(() -> conversations.start(agent, Channel.PHONE));
        inTenant(() -> {
            for (UUID id : List.of(theirs, other)) {
                conversations.appendTurn(id, Turn.caller("My name is Maria, call me on 512 555 0100.", Instant.now()));
                conversations.storeRecording(id, "audio/wav", new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
            }
            conversations.attachLead(theirs, lead);
            conversations.end(theirs, ConversationOutcome.QUALIFIED, "Maria wants a condo.");
            return null;
        });

        assertThat(inTenant(() -> conversations.eraseForLead(lead))).isEqualTo(1);

        JsonNode erased = http.get("/api/v1/conversations/" + theirs, agency.apiKey()).json();
        assertThat(erased.at("/turns").size()).isZero();
        assertThat(erased.at("/summary").isNull()).isTrue();
        assertThat(erased.at("/recording").isNull()).isTrue();
        assertThat(erased.at("/outcome").asString()).as("what says nothing about the person stays")
                .isEqualTo("QUALIFIED");
        assertThat(http.get("/api/v1/conversations/" + theirs + "/recording", agency.apiKey()).status())
                .isEqualTo(404);
        JsonNode kept = http.get("/api/v1/conversations/" + other, agency.apiKey()).json();
        assertThat(kept.at("/turns").size()).isEqualTo(1);
        assertThat(http.get("/api/v1/conversations/" + other + "/recording", agency.apiKey()).status())
                .isEqualTo(200);
        assertThat(inTenant(() -> conversations.eraseForLead(lead))).as("nothing left to erase").isZero();
    }

    @Test
    void neverShowsAnotherTenantsConversation() {
        Staff other = Staff.newAgency(http, "conversations-other");
        TenantId otherTenant = TenantId.of(other.tenantId());
        UUID theirs = TenantContext.call(otherTenant, () -> conversations.start(agent, Channel.PHONE));
        TenantContext.call(otherTenant, () -> conversations.storeRecording(theirs, "audio/wav",
                new ByteArrayInputStream(new byte[] { 9 })));

        assertThat(http.get("/api/v1/conversations/" + theirs, agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/conversations/" + theirs, agency.apiKey()).isProblem()).isTrue();
        assertThat(http.get("/api/v1/conversations/" + theirs + "/recording", agency.apiKey()).status())
                .isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/conversations/" + theirs + "/recording", agency.apiKey())
                .DELETE()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/conversations", agency.apiKey()).json().at("/items").size()).isZero();
        assertThatThrownBy(() -> inTenant(() -> conversations.end(theirs, ConversationOutcome.INCOMPLETE, null)))
                .hasMessageContaining("not found");
        assertThat(http.get("/api/v1/conversations/" + theirs + "/recording", other.apiKey()).status())
                .as("still there for its own tenant").isEqualTo(200);
    }

    private List<UUID> ids(String query) {
        Response response = http.get("/api/v1/conversations" + query, agency.apiKey());
        assertThat(response.status()).as(query).isEqualTo(200);
        return response.json().at("/items").findValuesAsString("id").stream().map(UUID::fromString).toList();
    }

    private <T> T inTenant(ScopedValue.CallableOp<T, RuntimeException> work) {
        return TenantContext.call(tenant, work);
    }
}
