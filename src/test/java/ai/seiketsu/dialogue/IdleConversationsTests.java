package ai.seiketsu.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.dialogue.internal.IdleConversations;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat whose visitor just left is ended after half an hour without a turn, like a hang-up: the lead keeps what was
 * said, the conversation gets its outcome and summary, and its state goes. A conversation with a recent turn stays.
 */
@IntegrationTest
class IdleConversationsTests {

    @LocalServerPort
    int port;
    @Autowired
    IdleConversations idle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConversationLeftForHalfAnHourIsEndedWithWhatWasLearned() {
        Http http = new Http(port);
        DialogueAgency agency = DialogueAgency.create(http, "idle");
        String left = open(http, agency);
        say(http, agency, left, "Hi, I'm Ada Byron, 512 867 5390, I want to buy in Austin");
        say(http, agency, left, "yes");
        String active = open(http, agency);
        say(http, agency, active, "I want to rent");
        TenantId tenant = TenantId.of(agency.tenantId());
        TenantContext.run(tenant, () -> transactions.executeWithoutResult(status -> jdbc.sql(
                "update dialogue_state set updated_at = now() - interval '31 minutes' where conversation_id = ?")
                .param(UUID.fromString(left)).update()));

        int ended = idle.endIdleBefore(Instant.now().minus(Duration.ofMinutes(30)));

        assertThat(ended).isGreaterThanOrEqualTo(1);
        JsonNode conversation = http.get("/api/v1/conversations/" + left, agency.apiKey()).json();
        assertThat(conversation.at("/status").asString()).isEqualTo("ENDED");
        assertThat(conversation.at("/outcome").asString()).isEqualTo("INCOMPLETE");
        assertThat(conversation.at("/summary").asString()).contains("Ada Byron", "Austin");
        JsonNode lead = http.get("/api/v1/leads/" + conversation.at("/leadId").asString(), agency.apiKey()).json();
        assertThat(lead.at("/areas/0").asString()).isEqualTo("Austin");
        assertThat(lead.at("/conversationIds").valueStream().map(JsonNode::asString)).contains(left);
        assertThat(http.get("/api/v1/conversations/" + active, agency.apiKey()).json().at("/status").asString())
                .as("a conversation with a recent turn goes on").isEqualTo("ACTIVE");
        Integer statesLeft = TenantContext.call(tenant, () -> transactions.execute(status -> jdbc.sql(
                "select count(*) from dialogue_state where conversation_id = ?").param(UUID.fromString(left))
                .query(Integer.class).single()));
        assertThat(statesLeft).isZero();
        assertThat(say(http, agency, active, "around two thousand a month").status()).isEqualTo(200);
    }

    private static String open(Http http, DialogueAgency agency) {
        Response opened = http.post("/api/v1/conversations", agency.apiKey(),
                Http.json(Map.of("agentId", agency.agentId(), "channel", "WEB_CHAT")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().at("/id").asString();
    }

    private static Response say(Http http, DialogueAgency agency, String id, String text) {
        Response answered = http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(),
                Http.json(Map.of("text", text)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return answered;
    }
}
