package ai.seiketsu;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Health and metrics live on the management port, and nothing else of the actuator is exposed anywhere. */
@IntegrationTest
class OperationsEndpointsTests {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void healthHasLivenessAndReadinessAndReadinessIncludesTheDatabase() {
        Http management = new Http(managementPort);
        assertThat(managementPort).isNotEqualTo(port);
        Response health = management.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/status").asString()).isEqualTo("UP");
        assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
        Response readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(readiness.body()).doesNotContain("PostgreSQL").doesNotContain("validationQuery");
    }

    @Test
    void prometheusMetricsAreScrapable() {
        Response metrics = new Http(managementPort).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void nothingElseOfTheActuatorIsExposed() {
        Http management = new Http(managementPort);
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(management.get(endpoint).status()).as(endpoint).isEqualTo(404);
        }
        Response onMainPort = new Http(port).get("/actuator/health");
        assertThat(onMainPort.status()).isEqualTo(404);
        assertThat(onMainPort.isProblem()).isTrue();
    }

    @Test
    void openApiDescribesTheApi() {
        Response docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/v1/tenants")).isTrue();
    }
}
