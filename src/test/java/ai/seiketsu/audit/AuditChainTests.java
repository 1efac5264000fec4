package ai.seiketsu.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appending to the chains: order, concurrency, atomicity with the caller's transaction, and append-only grants. */
@IntegrationTest
class AuditChainTests {

    @Autowired
    Provisioning provisioning;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource runtime;
    @Autowired
    Clock clock;

    @Test
    void appendingBuildsAValidChainFromSeqOne() {
        TenantId tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(record(tenant, "test.appended"));
        }

        List<Map<String, Object>> rows = superuser().sql("""
                select seq, action, prev_hash, hash from audit_event where tenant_id = ? order by seq""")
                .param(tenant.value()).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("seq")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows).extracting(row -> row.get("action"))
                .containsExactly("tenant.created", "test.appended", "test.appended", "test.appended");
        assertThat((byte[]) rows.getFirst().get("prev_hash")).isEqualTo(new byte[32]);
        for (int i = 1; i < rows.size(); i++) {
            assertThat((byte[]) rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat(TenantContext.call(tenant, auditLog::verifyTenantChain)).isEqualTo(ChainVerification.intact(4));
    }

    @Test
    void twentyConcurrentAppendsToOneTenantGetSeqOneToNWithoutGaps() throws Exception {
        TenantId tenant = newTenant();
        List<Future<?>> appends = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                appends.add(threads.submit(() -> events.publishEvent(record(tenant, "test.concurrent"))));
            }
        }
        for (Future<?> append : appends) {
            append.get(60, TimeUnit.SECONDS); // rethrows a failed append
        }

        List<Long> seqs = superuser().sql("select seq from audit_event where tenant_id = ? order by seq")
                .param(tenant.value()).query(Long.class).list();
        assertThat(seqs).hasSize(21);
        assertThat(seqs).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 21).boxed().toList());
        assertThat(TenantContext.call(tenant, auditLog::verifyTenantChain)).isEqualTo(ChainVerification.intact(21));
    }

    @Test
    void aRolledBackTransactionLeavesNoAuditRow() {
        TenantId tenant = newTenant();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> TenantContext.call(tenant, () -> tx.execute(status -> {
            events.publishEvent(record(tenant, "test.rolled_back"));
            assertThat(countOf(JdbcClient.create(runtime), "test.rolled_back")).as("visible inside").isOne();
            throw new IllegalStateException("the change failed");
        }))).hasMessage("the change failed");

        assertThat(superuser().sql("select count(*) from audit_event where tenant_id = ?")
                .param(tenant.value()).query(Long.class).single()).as("only tenant.created").isOne();
        assertThat(TenantContext.call(tenant, auditLog::verifyTenantChain).valid()).isTrue();
    }

    @Test
    void aTenantRecordInsideAnotherTenantsTransactionOrNoneFailsLoudly() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> TenantContext.call(a, () -> tx.execute(status -> {
            events.publishEvent(record(b, "test.wrong_tenant"));
            return null;
        }))).isInstanceOf(IllegalStateException.class).hasMessageContaining(b.toString());
        assertThatThrownBy(() -> tx.execute(status -> {
            events.publishEvent(record(b, "test.no_tenant"));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("no tenant");

        assertThat(superuser().sql("select count(*) from audit_event where action like 'test.%tenant'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void platformRecordsGoToThePlatformChainAndCanBeWrittenInsideATenantTransaction() {
        TenantId tenant = newTenant();
        String target = "tenant:" + tenant;
        TenantContext.call(tenant, () -> new TransactionTemplate(transactionManager).execute(status -> {
            events.publishEvent(new AuditRecord(null, "test.platform", "system", null, target, Outcome.DENIED, null,
                    clock.instant()));
            return null;
        }));

        List<AuditEvent> platform = auditLog.platformEvents(new AuditFilter("test.platform", null), 200, null).items();
        assertThat(platform).extracting(AuditEvent::target).contains(target);
        assertThat(auditLog.platformEvents(new AuditFilter("tenant.provisioned", null), 200, null).items())
                .extracting(AuditEvent::target).contains(target);
        assertThat(TenantContext.call(tenant, () -> auditLog.tenantEvents(AuditFilter.ALL, null, null)).items())
                .extracting(AuditEvent::action).containsExactly("tenant.created");
        assertThat(auditLog.verifyPlatformChain().valid()).isTrue();
    }

    @Test
    void theRuntimeRoleCanNeitherUpdateNorDeleteNorTruncateAuditRows() {
        TenantId tenant = newTenant();
        JdbcClient jdbc = JdbcClient.create(runtime);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        for (String statement : List.of("update audit_event set action = 'x' where seq = 1",
                "delete from audit_event where seq = 1", "truncate audit_event",
                "update platform_audit_event set action = 'x' where seq = 1",
                "delete from platform_audit_event where seq = 1", "truncate platform_audit_event")) {
            assertThat(sqlStateOf(() -> TenantContext.call(tenant, () -> tx.execute(s -> jdbc.sql(statement).update()))))
                    .as(statement).isEqualTo("42501");
        }
        assertThat(TenantContext.call(tenant, auditLog::verifyTenantChain)).isEqualTo(ChainVerification.intact(1));
    }

    private TenantId newTenant() {
        return provisioning.provision(TestTenants.request(TestTenants.uniqueSlug("audit"))).tenant().id();
    }

    private AuditRecord record(TenantId tenant, String action) {
        return new AuditRecord(tenant, action, "user", "user-1", "lead:42", Outcome.SUCCESS, "192.0.2.10",
                clock.instant());
    }

    private static long countOf(JdbcClient jdbc, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class).single();
    }

    private static JdbcClient superuser() {
        return JdbcClient.create(TestDatabase.get().superuserDataSource());
    }

    private static String sqlStateOf(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql) {
                return sql.getSQLState();
            }
            throw e;
        }
        return "no error";
    }
}
