package ai.seiketsu.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Plan;
import ai.seiketsu.tenancy.PlanLimits;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform-level {@code tenant} table. */
@Repository
public class TenantRepository {

    private static final String COLUMNS = """
            id, slug, name, plan, status, time_zone, max_members, max_voice_agents, max_concurrent_calls,
            monthly_voice_minutes, api_requests_per_second, require_mfa_for_admins, created_at, updated_at""";

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Tenant t) {
        jdbc.sql("insert into tenant (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.id().value(), t.slug(), t.name(), t.plan().name(), t.status().name(), t.timeZone(),
                        t.limits().members(), t.limits().voiceAgents(), t.limits().concurrentCalls(),
                        t.limits().monthlyVoiceMinutes(), t.limits().apiRequestsPerSecond(), t.requireMfaForAdmins(),
                        Timestamp.from(t.createdAt()), Timestamp.from(t.updatedAt()))
                .update();
    }

    public void update(Tenant t) {
        jdbc.sql("""
                update tenant set name = ?, plan = ?, status = ?, time_zone = ?, max_members = ?, max_voice_agents = ?,
                  max_concurrent_calls = ?, monthly_voice_minutes = ?, api_requests_per_second = ?,
                  require_mfa_for_admins = ?, updated_at = ?
                where id = ?""")
                .params(t.name(), t.plan().name(), t.status().name(), t.timeZone(), t.limits().members(),
                        t.limits().voiceAgents(), t.limits().concurrentCalls(), t.limits().monthlyVoiceMinutes(),
                        t.limits().apiRequestsPerSecond(), t.requireMfaForAdmins(), Timestamp.from(t.updatedAt()),
                        t.id().value())
                .update();
    }

    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("select " + COLUMNS + " from tenant where id = ?").param(id.value())
                .query(TenantRepository::map).optional();
    }

    public Optional<Tenant> findForUpdate(TenantId id) {
        return jdbc.sql("select " + COLUMNS + " from tenant where id = ? for update").param(id.value())
                .query(TenantRepository::map).optional();
    }

    public Optional<TenantStatus> statusOf(TenantId id) {
        return jdbc.sql("select status from tenant where id = ?").param(id.value())
                .query((rs, n) -> TenantStatus.valueOf(rs.getString(1))).optional();
    }

    public Page<Tenant> list(PageRequest page) {
        Cursor after = page.after();
        List<Tenant> rows = after == null
                ? jdbc.sql("select " + COLUMNS + " from tenant order by created_at, id limit ?")
                        .param(page.limit() + 1).query(TenantRepository::map).list()
                : jdbc.sql("select " + COLUMNS + " from tenant where (created_at, id) > (?, ?) "
                                + "order by created_at, id limit ?")
                        .params(Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(TenantRepository::map).list();
        return Page.of(rows, page.limit(), t -> new Cursor(t.createdAt(), t.id().value()));
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(new TenantId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name"),
                Plan.valueOf(rs.getString("plan")), TenantStatus.valueOf(rs.getString("status")),
                rs.getString("time_zone"),
                new PlanLimits(rs.getInt("max_members"), rs.getInt("max_voice_agents"),
                        rs.getInt("max_concurrent_calls"), rs.getInt("monthly_voice_minutes"),
                        rs.getInt("api_requests_per_second")),
                rs.getBoolean("require_mfa_for_admins"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
