package ai.seiketsu.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

/** Provisioning is all or nothing: a failure midway leaves no tenant, account, membership or key behind. */
@IntegrationTest
class ProvisioningRollbackTests {

    @Autowired
    Provisioning provisioning;

    @MockitoSpyBean
    VoiceAgents agents;

    @Test
    void aFailureAfterTenantAndOwnerWereWrittenLeavesNothingBehind() {
        Map<String, Long> before = rowCounts();
        doThrow(new IllegalStateException("voice agent store unavailable")).when(agents).createDefault(anyString());
        String slug = TestTenants.uniqueSlug("midway");

        assertThatThrownBy(() -> provisioning.provision(TestTenants.request(slug)))
                .hasMessage("voice agent store unavailable");

        assertThat(rowCounts()).isEqualTo(before);
        JdbcClient superuser = JdbcClient.create(TestDatabase.get().superuserDataSource());
        assertThat(superuser.sql("select count(*) from tenant where slug = ?").param(slug).query(Long.class).single())
                .isZero();
        assertThat(superuser.sql("select count(*) from account where email = ?").param("owner@" + slug + ".test")
                .query(Long.class).single()).isZero();
    }

    /** Rows of every table, counted by a superuser so that row-level security hides nothing. */
    private static Map<String, Long> rowCounts() {
        JdbcClient superuser = JdbcClient.create(TestDatabase.get().superuserDataSource());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("tenant", "account", "membership", "voice_agent", "api_key", "api_key_route",
                "audit_event", "platform_audit_event")) {
            counts.put(table, superuser.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
