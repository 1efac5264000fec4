package ai.seiketsu.audit;

import java.time.Clock;

import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with direct database access (here a superuser, which bypasses row-level security and grants) changes a
 * tenant's chain; verification finds where. Each test gets a fresh tenant whose chain has five rows.
 */
@IntegrationTest
class AuditTamperingTests {

    @Autowired
    Provisioning provisioning;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;

    TenantId tenant;

    @BeforeEach
    void aChainOfFiveRows() {
        tenant = provisioning.provision(TestTenants.request(TestTenants.uniqueSlug("tamper"))).tenant().id();
        for (int i = 2; i <= 5; i++) {
            events.publishEvent(new AuditRecord(tenant, "test.event_" + i, "api_key", "key-" + i, "lead:" + i,
                    Outcome.SUCCESS, "198.51.100." + i, clock.instant()));
        }
        assertThat(verify()).isEqualTo(ChainVerification.intact(5));
    }

    @ParameterizedTest
    @ValueSource(strings = { "action = 'auth.sign_in'", "actor_type = 'system'", "actor_id = 'key-9'",
            "actor_id = null", "target = 'lead:9'", "outcome = 'DENIED'", "ip = '203.0.113.9'",
            "occurred_at = occurred_at + interval '1 microsecond'", "id = gen_random_uuid()",
            "hash = sha256('forged'::bytea)" })
    void anAlteredFieldIsFoundAtItsRow(String change) {
        assertThat(tamper("update audit_event set " + change + " where tenant_id = ? and seq = 3")).isOne();

        ChainVerification result = verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void anAlteredPrevHashIsFoundAtItsRow() {
        tamper("update audit_event set prev_hash = sha256('forged'::bytea) where tenant_id = ? and seq = 4");

        ChainVerification result = verify();

        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.reason()).contains("prev_hash");
    }

    @Test
    void aDeletedMiddleRowIsFoundAtItsPosition() {
        tamper("delete from audit_event where tenant_id = ? and seq = 3");

        ChainVerification result = verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("row 3 is missing");
    }

    @Test
    void aDeletedMiddleRowIsFoundEvenWhenTheLaterRowsAreRenumbered() {
        tamper("delete from audit_event where tenant_id = ? and seq = 3");
        tamper("update audit_event set seq = seq - 1 where tenant_id = ? and seq > 3");

        ChainVerification result = verify();

        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("prev_hash");
    }

    @Test
    void swappedRowsAreFoundWhereTheOrderChanges() {
        tamper("update audit_event set seq = 100 where tenant_id = ? and seq = 2");
        tamper("update audit_event set seq = 2 where tenant_id = ? and seq = 3");
        tamper("update audit_event set seq = 3 where tenant_id = ? and seq = 100");

        assertThat(verify().firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void anInsertedRowIsFoundAtItsPosition() {
        tamper("update audit_event set seq = seq + 100 where tenant_id = ? and seq >= 3");
        tamper("""
                insert into audit_event (tenant_id, seq, id, occurred_at, action, actor_type, actor_id, target,
                                         outcome, ip, prev_hash, hash)
                select tenant_id, 3, gen_random_uuid(), occurred_at, 'auth.role_changed', actor_type, actor_id,
                       target, outcome, ip, hash, sha256('forged'::bytea)
                  from audit_event where tenant_id = ? and seq = 2""");
        tamper("update audit_event set seq = seq - 99 where tenant_id = ? and seq > 100");

        ChainVerification result = verify();

        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void aRowMovedIntoAnotherTenantsChainDoesNotVerifyThere() {
        TenantId other = provisioning.provision(TestTenants.request(TestTenants.uniqueSlug("tamper-b"))).tenant().id();
        superuser().sql("""
                insert into audit_event (tenant_id, seq, id, occurred_at, action, actor_type, actor_id, target,
                                         outcome, ip, prev_hash, hash)
                select ?, 2, id, occurred_at, action, actor_type, actor_id, target, outcome, ip,
                       (select hash from audit_event where tenant_id = ? and seq = 1), hash
                  from audit_event where tenant_id = ? and seq = 2""")
                .params(other.value(), other.value(), tenant.value()).update();

        assertThat(TenantContext.call(other, auditLog::verifyTenantChain).firstBrokenSeq()).isEqualTo(2);
    }

    /**
     * A hash chain cannot show that its newest rows were removed: what remains is a valid, shorter chain. Only a
     * copy of the head kept elsewhere would show it; this test pins down that limit rather than hiding it.
     */
    @Test
    void removingTheNewestRowLeavesAValidShorterChain() {
        tamper("delete from audit_event where tenant_id = ? and seq = 5");

        assertThat(verify()).isEqualTo(ChainVerification.intact(4));
    }

    private ChainVerification verify() {
        return TenantContext.call(tenant, auditLog::verifyTenantChain);
    }

    private int tamper(String sql) {
        return superuser().sql(sql).param(tenant.value()).update();
    }

    private static JdbcClient superuser() {
        return JdbcClient.create(TestDatabase.get().superuserDataSource());
    }
}
