package ai.seiketsu.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.identity.internal.SignIn;
import ai.seiketsu.provisioning.ProvisionedTenant;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import ai.seiketsu.tenancy.internal.TenantAwareTransactionManager;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import ai.seiketsu.support.IntegrationTest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant isolation as PostgreSQL enforces it (reliability-security.md B.1, items 1.1-1.6 and 1.8-1.9), checked
 * on a real server with the runtime role and with the owner role, which is not a superuser.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

    @Autowired
    Provisioning provisioning;
    @Autowired
    DataSource runtime;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    SignIn signIn;
    @Autowired
    Dialogues dialogues;

    TenantId a;
    TenantId b;
    UUID agentOfB;
    /** A text conversation of each tenant, so that dialogue_state holds a row of both. */
    UUID conversationOfA;
    UUID conversationOfB;

    @BeforeAll
    void twoTenantsWithData() {
        ProvisionedTenant first = provisioning.provision(TestTenants.request(TestTenants.uniqueSlug("iso-a")));
        ProvisionedTenant second = provisioning.provision(TestTenants.request(TestTenants.uniqueSlug("iso-b")));
        a = first.tenant().id();
        b = second.tenant().id();
        agentOfB = second.voiceAgent().id();
        // sessions too, so that the session tables hold rows of both tenants
        signIn.signIn(first.owner().email(), TestTenants.PASSWORD, null, null);
        signIn.signIn(second.owner().email(), TestTenants.PASSWORD, null, null);
        conversationOfA = TenantContext.call(a, () -> dialogues.open(first.voiceAgent().id(), Channel.API_TEXT))
                .conversationId();
        conversationOfB = TenantContext.call(b, () -> dialogues.open(agentOfB, Channel.WEB_CHAT)).conversationId();
    }

    // 1.1
    @Test
    void runtimeRoleIsNoSuperuserHasNoBypassRlsAndOwnsNothing() {
        Map<String, Object> role = JdbcClient.create(runtime).sql("""
                select current_user as name, r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_class c where c.relowner = r.oid) as owned
                  from pg_roles r where r.rolname = current_user""").query().singleRow();
        assertThat(role).containsEntry("name", TestDatabase.APP_USER)
                .containsEntry("rolsuper", false)
                .containsEntry("rolbypassrls", false)
                .containsEntry("owned", 0L);
    }

    @Test
    void ownerRoleOfTheseTestsIsNotASuperuserEither() {
        Map<String, Object> role = JdbcClient.create(TestDatabase.get().ownerDataSource())
                .sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user").query().singleRow();
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
    }

    // 1.2
    @Test
    void everyTableWithTenantIdHasForcedRowLevelSecurityAndATenantPolicy() {
        List<String> gaps = new ArrayList<>();
        for (TableSecurity table : tablesWithTenantId()) {
            if (table.name().endsWith("_route")) {
                continue; // platform routing tables, checked below
            }
            if (!table.enabled() || !table.forced()) {
                gaps.add(table.name() + " lacks ENABLE/FORCE ROW LEVEL SECURITY");
            }
            if (table.policies() == 0 || table.policies() != table.tenantPolicies()) {
                gaps.add(table.name() + " lacks a policy using app.current_tenant() for USING and WITH CHECK");
            }
        }
        assertThat(gaps).isEmpty();
        assertThat(tablesWithTenantId()).extracting(TableSecurity::name)
                .contains("membership", "api_key", "voice_agent", "dialogue_state");
    }

    @Test
    void platformRoutingTablesMapAValueToIdsOnly() {
        List<Map<String, Object>> columns = owner().sql("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                 where c.table_schema = 'public' and c.table_name like '%\\_route'""").query().listOfRows();
        assertThat(columns).isNotEmpty();
        assertThat(columns).allSatisfy(column ->
                assertThat(column.get("data_type")).as(column.toString()).isIn("uuid", "bytea", "text"));
    }

    // 1.8 and item 7 of the foundation issue: tenant-scoped keys and indexes only
    @Test
    void everyIndexOnATenantTableLeadsWithTenantId() {
        List<String> offenders = owner().sql("""
                select i.relname || ' on ' || t.relname
                  from pg_index x
                  join pg_class t on t.oid = x.indrelid
                  join pg_class i on i.oid = x.indexrelid
                  join pg_namespace n on n.oid = t.relnamespace
                  left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                 where n.nspname = 'public' and t.relrowsecurity
                   and coalesce(a.attname, '') <> 'tenant_id'""").query(String.class).list();
        assertThat(offenders).isEmpty();
    }

    // 1.9
    @Test
    void viewsRunWithTheInvokersRights() {
        List<String> definerViews = owner().sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'v'
                   and not coalesce(c.reloptions::text[] @> array['security_invoker=true'], false)""")
                .query(String.class).list();
        assertThat(definerViews).isEmpty();
    }

    // 1.3
    @Test
    void withoutTenantTheRuntimeRoleSeesNoRowsAndCannotInsert() {
        for (TableSecurity table : tenantTables()) {
            long rows = inRuntimeTransaction(null, jdbc -> jdbc.sql("select count(*) from " + table.name())
                    .query(Long.class).single());
            assertThat(rows).as(table.name()).isZero();
        }
        assertThat(sqlStateOf(() -> inRuntimeTransaction(null, jdbc -> insertAgent(jdbc, b)))).isEqualTo("42501");
        assertThat(JdbcClient.create(runtime).sql("select count(*) from voice_agent").query(Long.class).single())
                .as("outside any transaction").isZero();
    }

    @Test
    void withoutTenantTheOwnerRoleSeesNoRowsAndCannotInsert() throws SQLException {
        try (Connection connection = TestDatabase.get().ownerDataSource().getConnection()) {
            for (TableSecurity table : tenantTables()) {
                try (var rs = connection.createStatement().executeQuery("select count(*) from " + table.name())) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table.name()).isZero();
                }
            }
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(insertAgentSql(b)))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    // 1.4
    @Test
    void tenantACannotReadUpdateDeleteOrInsertTenantBRowsAsTheRuntimeRole() {
        JdbcClient superuser = JdbcClient.create(TestDatabase.get().superuserDataSource());
        for (TableSecurity table : tenantTables()) {
            List<UUID> owners = inRuntimeTransaction(a, jdbc -> jdbc.sql("select tenant_id from " + table.name())
                    .query(UUID.class).list());
            long rowsOfA = superuser.sql("select count(*) from " + table.name() + " where tenant_id = ?")
                    .param(a.value()).query(Long.class).single();
            assertThat(owners).as(table.name()).hasSize((int) rowsOfA).allMatch(a.value()::equals);
        }
        Integer updated = inRuntimeTransaction(a, jdbc -> jdbc.sql("update voice_agent set name = 'pwned' where id = ?")
                .param(agentOfB).update());
        Integer deleted = inRuntimeTransaction(a, jdbc -> jdbc.sql("delete from voice_agent where id = ?")
                .param(agentOfB).update());
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(sqlStateOf(() -> inRuntimeTransaction(a, jdbc -> insertAgent(jdbc, b)))).isEqualTo("42501");
        String untouched = inRuntimeTransaction(b, jdbc -> jdbc.sql("select name from voice_agent where id = ?")
                .param(agentOfB).query(String.class).single());
        assertThat(untouched).isEqualTo("Receptionist");
    }

    @Test
    void aDialogueStateOfTenantBIsInvisibleAndUntouchableUnderTenantA() {
        String state = inRuntimeTransaction(b, jdbc -> jdbc.sql(
                "select state::text from dialogue_state where conversation_id = ?").param(conversationOfB)
                .query(String.class).single());
        List<UUID> seenByA = inRuntimeTransaction(a, jdbc -> jdbc.sql("select conversation_id from dialogue_state")
                .query(UUID.class).list());
        List<UUID> lockedByA = inRuntimeTransaction(a, jdbc -> jdbc.sql(
                "select conversation_id from dialogue_state where conversation_id = ? for update")
                .param(conversationOfB).query(UUID.class).list());
        Integer updatedByA = inRuntimeTransaction(a, jdbc -> jdbc.sql(
                "update dialogue_state set state = '{}'::jsonb where conversation_id = ?").param(conversationOfB)
                .update());
        Integer deletedByA = inRuntimeTransaction(a, jdbc -> jdbc.sql(
                "delete from dialogue_state where conversation_id = ?").param(conversationOfB).update());

        assertThat(seenByA).contains(conversationOfA).doesNotContain(conversationOfB);
        assertThat(lockedByA).as("what a turn locks").isEmpty();
        assertThat(updatedByA).isZero();
        assertThat(deletedByA).isZero();
        assertThat(sqlStateOf(() -> inRuntimeTransaction(a, jdbc -> jdbc.sql("""
                insert into dialogue_state (tenant_id, conversation_id, agent_id, channel, state, updated_at)
                values (?, gen_random_uuid(), ?, 'API_TEXT', '{}'::jsonb, now())""")
                .params(b.value(), agentOfB).update()))).as("a row in B's name").isEqualTo("42501");
        assertThat(sqlStateOf(() -> inRuntimeTransaction(a, jdbc -> jdbc.sql("""
                insert into dialogue_state (tenant_id, conversation_id, agent_id, channel, state, updated_at)
                values (?, ?, ?, 'API_TEXT', '{}'::jsonb, now())""")
                .params(a.value(), conversationOfB, agentOfB).update())))
                .as("a row of A for B's conversation has no conversation to belong to").isEqualTo("23503");
        String after = inRuntimeTransaction(b, jdbc -> jdbc.sql(
                "select state::text from dialogue_state where conversation_id = ?").param(conversationOfB)
                .query(String.class).single());
        assertThat(after).as("B's state untouched").isEqualTo(state);
    }

    @Test
    void tenantACannotReadUpdateDeleteOrInsertTenantBRowsAsTheOwnerRole() throws SQLException {
        try (Connection connection = TestDatabase.get().ownerDataSource().getConnection()) {
            connection.setAutoCommit(false);
            setTenantLocally(connection, a);
            try (var rs = connection.createStatement().executeQuery("select distinct tenant_id from voice_agent")) {
                List<UUID> seen = new ArrayList<>();
                while (rs.next()) {
                    seen.add(rs.getObject(1, UUID.class));
                }
                assertThat(seen).containsExactly(a.value());
            }
            try (var update = connection.prepareStatement("update voice_agent set name = 'pwned' where id = ?");
                    var delete = connection.prepareStatement("delete from voice_agent where id = ?")) {
                update.setObject(1, agentOfB);
                delete.setObject(1, agentOfB);
                assertThat(update.executeUpdate()).isZero();
                assertThat(delete.executeUpdate()).isZero();
            }
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(insertAgentSql(b)))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            connection.rollback();
        }
    }

    // 1.5
    @Test
    void aPoolOfOneNeverCarriesATenantIntoTheNextTransaction() {
        try (HikariDataSource single = singleConnectionPool(1)) {
            TransactionTemplate tx = new TransactionTemplate(new TenantAwareTransactionManager(single));
            JdbcClient jdbc = JdbcClient.create(single);
            Long seenByA = TenantContext.call(a, () -> tx.execute(s -> countAgents(jdbc)));
            assertThat(seenByA).isPositive();
            assertNoTenantLeft(tx, jdbc);

            assertThatThrownBy(() -> TenantContext.call(a, () -> tx.execute(s -> {
                assertThat(countAgents(jdbc)).isPositive();
                throw new IllegalStateException("roll back");
            }))).hasMessage("roll back");
            assertNoTenantLeft(tx, jdbc);
            assertThat(countAgents(jdbc)).as("auto-commit statement on the same connection").isZero();
        }
    }

    // 1.6
    @Test
    void twoHundredVirtualThreadsWithRandomTenantsNeverSeeAnotherTenantsRows() throws InterruptedException {
        List<TenantId> tenants = new ArrayList<>(List.of(a, b));
        for (int i = 0; i < 3; i++) {
            tenants.add(provisioning.provision(TestTenants.request(TestTenants.uniqueSlug("iso-" + i))).tenant().id());
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        try (HikariDataSource pool = singleConnectionPool(4);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            TransactionTemplate tx = new TransactionTemplate(new TenantAwareTransactionManager(pool));
            JdbcClient jdbc = JdbcClient.create(pool);
            for (int i = 0; i < 200; i++) {
                threads.submit(() -> {
                    TenantId tenant = tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
                    List<UUID> seen = TenantContext.call(tenant, () -> tx.execute(s -> jdbc.sql("""
                            select tenant_id from voice_agent union all select tenant_id from membership
                            union all select tenant_id from api_key""").query(UUID.class).list()));
                    if (seen.isEmpty() || !seen.stream().allMatch(tenant.value()::equals)) {
                        failures.add(tenant + " saw " + seen);
                    }
                });
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void enteringAnotherTenantInsideATransactionIsRefused() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> TenantContext.call(a, () -> tx.execute(s -> TenantContext.call(b, () -> 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tx.execute(s -> TenantContext.call(b, () -> 1)))
                .isInstanceOf(IllegalStateException.class);
        Integer sameTenant = TenantContext.call(a, () -> tx.execute(s -> TenantContext.call(a, () -> 1)));
        assertThat(sameTenant).isEqualTo(1);
    }

    private void assertNoTenantLeft(TransactionTemplate tx, JdbcClient jdbc) {
        Long visible = tx.execute(s -> countAgents(jdbc));
        assertThat(visible).isZero();
        String setting = tx.execute(s -> jdbc.sql("select current_setting('app.tenant_id', true)")
                .query(String.class).optional().orElse(null));
        assertThat(setting == null || setting.isEmpty()).as("app.tenant_id = '%s'", setting).isTrue();
    }

    private static Long countAgents(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from voice_agent").query(Long.class).single();
    }

    private HikariDataSource singleConnectionPool(int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(TestDatabase.get().url());
        pool.setUsername(TestDatabase.APP_USER);
        pool.setPassword(java.util.Objects.requireNonNullElse(System.getenv("SEIKETSU_DB_APP_PASSWORD"), ""));
        pool.setMaximumPoolSize(size);
        return pool;
    }

    private <T> T inRuntimeTransaction(TenantId tenant, Function<JdbcClient, T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        JdbcClient jdbc = JdbcClient.create(runtime);
        return tenant == null ? tx.execute(s -> work.apply(jdbc))
                : TenantContext.call(tenant, () -> tx.execute(s -> work.apply(jdbc)));
    }

    private static int insertAgent(JdbcClient jdbc, TenantId tenant) {
        return jdbc.sql(insertAgentSql(tenant)).update();
    }

    private static String insertAgentSql(TenantId tenant) {
        return "insert into voice_agent (tenant_id, id, name, greeting, language, created_at, updated_at) "
                + "values ('" + tenant + "', gen_random_uuid(), 'Intruder', 'hi', 'en', now(), now())";
    }

    private static void setTenantLocally(Connection connection, TenantId tenant) throws SQLException {
        try (var set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
    }

    private static String sqlStateOf(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
            if (root instanceof SQLException sql) {
                return sql.getSQLState();
            }
            throw e;
        }
        return "no error";
    }

    private JdbcClient owner() {
        return JdbcClient.create(TestDatabase.get().ownerDataSource());
    }

    private List<TableSecurity> tenantTables() {
        return tablesWithTenantId().stream().filter(t -> !t.name().endsWith("_route")).toList();
    }

    private List<TableSecurity> tablesWithTenantId() {
        return Collections.unmodifiableList(owner().sql("""
                select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       (select count(*) from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname),
                       (select count(*) from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname
                           and p.cmd = 'ALL' and p.qual like '%app.current_tenant()%'
                           and p.with_check like '%app.current_tenant()%')
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                   and exists (select 1 from pg_attribute a
                                where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)""")
                .query((rs, n) -> new TableSecurity(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getLong(4), rs.getLong(5)))
                .list());
    }

    record TableSecurity(String name, boolean enabled, boolean forced, long policies, long tenantPolicies) {
    }
}
