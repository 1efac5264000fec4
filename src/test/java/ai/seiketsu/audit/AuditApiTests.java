package ai.seiketsu.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import ai.seiketsu.identity.ApiKeys;
import ai.seiketsu.identity.Scope;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit endpoints over HTTP: who may read which chain, lists, filters and verification. */
@IntegrationTest
class AuditApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aTenantNeverSeesAnotherTenantsAuditEvents() {
        Agency a = provision("audit-a");
        Agency b = provision("audit-b");
        publish(b.id(), "test.only_b", Outcome.SUCCESS);

        JsonNode seenByA = http.get("/api/v1/audit-events?limit=200", a.apiKey()).json();
        JsonNode seenByB = http.get("/api/v1/audit-events?limit=200", b.apiKey()).json();

        assertThat(seenByA.at("/items").findValuesAsString("target")).containsExactly("tenant:" + a.id());
        assertThat(seenByB.at("/items").findValuesAsString("action")).containsExactly("test.only_b", "tenant.created");
        assertThat(seenByA.at("/items").findValuesAsString("id"))
                .doesNotContainAnyElementsOf(seenByB.at("/items").findValuesAsString("id"));
        assertThat(http.get("/api/v1/audit-events?action=test.only_b", a.apiKey()).json().at("/items").size())
                .isZero();
    }

    @Test
    void anEventHasExactlyTheDocumentedFields() {
        Agency agency = provision("audit-shape");

        JsonNode created = http.get("/api/v1/audit-events", agency.apiKey()).json().at("/items/0");

        assertThat(created.propertyNames()).containsExactlyInAnyOrder("id", "seq", "occurredAt", "action",
                "actorType", "actorId", "target", "outcome", "ip");
        assertThat(created.at("/seq").asLong()).isOne();
        assertThat(created.at("/action").asString()).isEqualTo("tenant.created");
        assertThat(created.at("/actorType").asString()).isEqualTo("operator");
        assertThat(created.at("/outcome").asString()).isEqualTo("SUCCESS");
        assertThat(created.at("/occurredAt").asString()).endsWith("Z");
        assertThat(created.at("/ip").isString()).as("the provisioning request's address").isTrue();
    }

    @Test
    void listsNewestFirstPageByPageAndFiltersByActionAndOutcome() {
        Agency agency = provision("audit-list");
        publish(agency.id(), "auth.sign_in", Outcome.SUCCESS);
        publish(agency.id(), "auth.sign_in", Outcome.FAILURE);
        publish(agency.id(), "access.denied", Outcome.DENIED);

        JsonNode first = http.get("/api/v1/audit-events?limit=2", agency.apiKey()).json();
        assertThat(first.at("/items").findValuesAsString("seq")).containsExactly("4", "3");
        String cursor = first.at("/nextCursor").asString();
        JsonNode second = http.get("/api/v1/audit-events?limit=2&cursor=" + cursor, agency.apiKey()).json();
        assertThat(second.at("/items").findValuesAsString("seq")).containsExactly("2", "1");
        assertThat(second.at("/nextCursor").isNull()).isTrue();

        assertThat(http.get("/api/v1/audit-events?action=auth.sign_in", agency.apiKey()).json().at("/items")
                .findValuesAsString("outcome")).containsExactly("FAILURE", "SUCCESS");
        assertThat(http.get("/api/v1/audit-events?action=auth.sign_in&outcome=FAILURE", agency.apiKey()).json()
                .at("/items").findValuesAsString("seq")).containsExactly("3");
        assertThat(http.get("/api/v1/audit-events?outcome=DENIED", agency.apiKey()).json().at("/items")
                .findValuesAsString("action")).containsExactly("access.denied");
    }

    @Test
    void badListParametersAreFieldErrors() {
        Agency agency = provision("audit-bad");
        for (String query : List.of("limit=0", "limit=201", "cursor=garbage", "outcome=MAYBE")) {
            Response bad = http.get("/api/v1/audit-events?" + query, agency.apiKey());
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.isProblem()).isTrue();
            assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void verifyAnswersValidForAnIntactChainAndNamesTheFirstBrokenRowOtherwise() {
        Agency agency = provision("audit-verify");
        publish(agency.id(), "test.one", Outcome.SUCCESS);
        publish(agency.id(), "test.two", Outcome.SUCCESS);

        JsonNode intact = http.post("/api/v1/audit-events/verify", agency.apiKey(), "").json();
        assertThat(intact.at("/valid").asBoolean()).isTrue();
        assertThat(intact.at("/checked").asLong()).isEqualTo(3);
        assertThat(intact.at("/firstBrokenSeq").isNull()).isTrue();
        assertThat(intact.at("/reason").isNull()).isTrue();

        JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("update audit_event set action = 'test.rewritten' where tenant_id = ? and seq = 2")
                .param(agency.id().value()).update();
        JsonNode broken = http.post("/api/v1/audit-events/verify", agency.apiKey(), "").json();
        assertThat(broken.at("/valid").asBoolean()).isFalse();
        assertThat(broken.at("/firstBrokenSeq").asLong()).isEqualTo(2);
        assertThat(broken.at("/reason").asString()).isNotBlank();
    }

    @Test
    void aKeyWithoutAuditReadIsForbidden() {
        Agency agency = provision("audit-scope");
        String narrow = TenantContext.call(agency.id(),
                () -> apiKeys.issue("agents only", Set.of(Scope.AGENTS_READ), null)).secret();

        assertThat(http.get("/api/v1/agents", narrow).status()).as("the key itself works").isEqualTo(200);
        Response list = http.get("/api/v1/audit-events", narrow);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(http.post("/api/v1/audit-events/verify", narrow, "").status()).isEqualTo(403);
    }

    @Test
    void onlyTheOperatorReadsThePlatformChainAndTheOperatorHasNoTenantChain() {
        Agency agency = provision("audit-who");

        assertThat(http.get("/api/v1/platform/audit-events", agency.apiKey()).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/platform/audit-events/verify", agency.apiKey(), "").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit-events", OPERATOR_TOKEN).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit-events").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/platform/audit-events").status()).isEqualTo(401);
    }

    @Test
    void operatorChangesToATenantAppearOnThePlatformChain() {
        Agency agency = provision("audit-ops");
        String path = "/api/v1/tenants/" + agency.id();
        http.patch(path, OPERATOR_TOKEN, "{\"status\":\"SUSPENDED\"}");
        http.patch(path, OPERATOR_TOKEN, "{\"status\":\"ACTIVE\"}");
        http.patch(path, OPERATOR_TOKEN, "{\"plan\":\"PROFESSIONAL\"}");
        http.patch(path, OPERATOR_TOKEN, """
                {"limits": {"members": 40, "voiceAgents": 9, "concurrentCalls": 30, "monthlyVoiceMinutes": 9000,
                            "apiRequestsPerSecond": 150}}""");
        http.patch(path, OPERATOR_TOKEN, "{\"name\":\"Renamed Agency\"}");

        String target = "tenant:" + agency.id();
        for (String action : List.of("tenant.provisioned", "tenant.suspended", "tenant.resumed",
                "tenant.plan_changed", "tenant.limits_changed")) {
            JsonNode events = http.get("/api/v1/platform/audit-events?limit=200&action=" + action, OPERATOR_TOKEN)
                    .json().at("/items");
            List<JsonNode> mine = events.valueStream()
                    .filter(event -> event.at("/target").isString() && event.at("/target").asString().equals(target))
                    .toList();
            assertThat(mine).as(action).isNotEmpty();
            assertThat(mine.getFirst().at("/actorType").asString()).isEqualTo("operator");
            assertThat(mine.getFirst().at("/ip").isString()).as("the operator's address").isTrue();
        }
        assertThat(http.get("/api/v1/audit-events?limit=200", agency.apiKey()).json().at("/items")
                .findValuesAsString("action")).as("operator actions stay off the tenant's chain")
                .containsExactly("tenant.created");
        JsonNode verified = http.post("/api/v1/platform/audit-events/verify", OPERATOR_TOKEN, "").json();
        assertThat(verified.at("/valid").asBoolean()).isTrue();
        assertThat(verified.at("/checked").asLong()).isGreaterThanOrEqualTo(5);
    }

    private Agency provision(String stem) {
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        return new Agency(TenantId.of(body.at("/tenant/id").asString()), body.at("/apiKey").asString());
    }

    private void publish(TenantId tenant, String action, Outcome outcome) {
        events.publishEvent(new AuditRecord(tenant, action, "user", "user-7", null, outcome, null, clock.instant()));
    }

    record Agency(TenantId id, String apiKey) {
    }
}
