package ai.seiketsu.voice;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabaseContextCustomizerFactory;
import ai.seiketsu.voice.internal.ExpiredTickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets a voice ticket for which agent, and that the upgrade takes a ticket only once, only while it lives, and
 * only for an agency that is served.
 */
@IntegrationTest
class VoiceTicketTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;
    Http http;
    Staff agency;
    String agentId;

    @BeforeEach
    void agency() throws Exception {
        // an address of this class's own, so that sign-ins here do not share the anonymous budget of other tests
        http = new Http(port, InetAddress.getByName("127.0.0.71"));
        agency = Staff.newAgency(http, "tickets");
        agentId = agency.provisioned().at("/voiceAgent/id").asString();
    }

    @Test
    void staffGetAnAbsoluteTicketUrlThatWorksOnceWithinAMinute() {
        Response issued = http.post("/api/v1/voice/tickets", agency.accessToken(),
                Http.json(Map.of("agentId", agentId, "mode", "CALLER")));

        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String ticket = issued.json().at("/ticket").asString();
        assertThat(ticket).startsWith("vt_").hasSizeGreaterThan(40);
        assertThat(issued.json().at("/url").asString())
                .isEqualTo("ws://localhost:8080/ws/v1/voice?ticket=" + ticket);
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(issued.json().at("/expiresAt").asString()));
        assertThat(lifetime).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));

        String url = issued.json().at("/url").asString();
        try (VoiceClient client = VoiceClient.connect(port, url)) {
            assertThat(client.event("ready").at("/conversationId").asString()).isNotBlank();
        }
        assertThat(VoiceClient.refusal(port, url)).as("a used ticket").isEqualTo(401);
    }

    @Test
    void aKeyWithConversationsWriteGetsATicketAndOneWithoutDoesNot() {
        assertThat(issue(agency.apiKey(), agentId, "CALLER").status()).isEqualTo(201);
        String leadsReader = http.post("/api/v1/api-keys", agency.accessToken(), Http.json(Map.of("name", "Leads",
                "scopes", List.of("leads:read")))).json().at("/secret").asString();

        Response refused = issue(leadsReader, agentId, "CALLER");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().at("/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aPublishableKeyGetsCallerTicketsForItsOwnAgentOnly() {
        String website = http.post("/api/v1/agents/" + agentId + "/publishable-keys", agency.accessToken(), "{}")
                .json().at("/key").asString();
        assertThat(http.patch("/api/v1/tenants/" + agency.tenantId(),
                TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN, "{\"plan\":\"PROFESSIONAL\"}").status())
                .isEqualTo(200);
        String otherAgent = http.post("/api/v1/agents", agency.accessToken(), "{\"name\": \"Second\"}").json()
                .at("/id").asString();

        Response caller = issue(website, agentId, "CALLER");
        Response assistant = issue(website, agentId, "ASSISTANT");
        Response otherAgents = issue(website, otherAgent, "CALLER");

        assertThat(caller.status()).isEqualTo(201);
        try (VoiceClient client = VoiceClient.connect(port, caller.json().at("/url").asString())) {
            client.event("ready");
        }
        assertThat(assistant.status()).isEqualTo(400);
        assertThat(assistant.json().at("/errors/0/field").asString()).isEqualTo("mode");
        assertThat(otherAgents.status()).isEqualTo(403);
        assertThat(otherAgents.isProblem()).isTrue();
    }

    @Test
    void theAssistantModeIsNotAvailableYetEvenForStaff() {
        Response refused = issue(agency.accessToken(), agentId, "ASSISTANT");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().at("/code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anotherTenantsAgentIsNotFoundAndAMissingAgentIsInvalid() {
        Staff other = Staff.newAgency(http, "tickets-other");
        String othersAgent = other.provisioned().at("/voiceAgent/id").asString();

        Response notFound = issue(agency.accessToken(), othersAgent, "CALLER");
        Response unknown = issue(agency.accessToken(), UUID.randomUUID().toString(), "CALLER");
        Response missing = http.post("/api/v1/voice/tickets", agency.accessToken(), "{\"mode\":\"CALLER\"}");
        Response badMode = http.post("/api/v1/voice/tickets", agency.accessToken(),
                Http.json(Map.of("agentId", agentId, "mode", "SINGER")));
        Response anonymous = http.post("/api/v1/voice/tickets", Http.json(Map.of("agentId", agentId)));

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("agentId");
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(List.of(notFound, unknown, missing, badMode, anonymous)).allMatch(Response::isProblem);
    }

    @Test
    void theModeDefaultsToCaller() {
        Response issued = http.post("/api/v1/voice/tickets", agency.accessToken(), Http.json(Map.of("agentId", agentId)));

        assertThat(issued.status()).isEqualTo(201);
    }

    @Test
    void missingUnknownAndExpiredTicketsAreRefusedBeforeTheUpgrade() {
        String expired = ExpiredTickets.issue(application, TenantId.of(agency.tenantId()), UUID.fromString(agentId));

        assertThat(VoiceClient.refusal(port, "ws://x/ws/v1/voice?ticket=" + expired)).isEqualTo(401);
        assertThat(VoiceClient.refusal(port, "ws://x/ws/v1/voice?ticket=vt_never-issued")).isEqualTo(401);
        assertThat(VoiceClient.refusal(port, "ws://x/ws/v1/voice?other=1")).isEqualTo(401);
    }

    @Test
    void aRequestThatIsNotAnUpgradeIsAProblemAndLeavesTheTicketUsable() {
        String url = issue(agency.accessToken(), agentId, "CALLER").json().at("/url").asString();
        String path = url.substring(url.indexOf("/ws/"));

        Response plain = http.get(path);

        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.isProblem()).isTrue();
        try (VoiceClient client = VoiceClient.connect(port, url)) {
            client.event("ready");
        }
    }

    @Test
    void aSuspendedAgencysTicketIsRefused() {
        String url = issue(agency.accessToken(), agentId, "CALLER").json().at("/url").asString();
        assertThat(http.patch("/api/v1/tenants/" + agency.tenantId(),
                TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN, "{\"status\":\"SUSPENDED\"}").status())
                .isEqualTo(200);

        assertThat(VoiceClient.refusal(port, url)).isEqualTo(403);
    }

    private Response issue(String bearer, String agent, String mode) {
        return http.post("/api/v1/voice/tickets", bearer, Http.json(Map.of("agentId", agent, "mode", mode)));
    }
}
