package ai.seiketsu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.Role;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant-owned {@code membership} table (row-level security applies) and its platform-level routing table
 * {@code membership_route} (account → tenant and membership ids), which sign-in reads before a tenant is known.
 */
@Repository
public class MembershipRepository {

    private static final String MEMBER_COLUMNS = """
            m.id, m.account_id, a.email, a.name, m.role, m.status, m.created_at, m.updated_at""";

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, UUID id, UUID accountId, Role role, Instant now) {
        jdbc.sql("""
                insert into membership (tenant_id, id, account_id, role, status, created_at, updated_at)
                values (?, ?, ?, ?, 'ACTIVE', ?, ?)""")
                .params(tenant.value(), id, accountId, role.name(), Timestamp.from(now), Timestamp.from(now))
                .update();
        jdbc.sql("insert into membership_route (account_id, tenant_id, membership_id) values (?, ?, ?)")
                .params(accountId, tenant.value(), id)
                .update();
    }

    /** Routing: the memberships of an account, in every tenant. Needs no tenant context. */
    public List<Route> routesOf(UUID accountId) {
        return jdbc.sql("select tenant_id, membership_id from membership_route where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Route(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
                .list();
    }

    /** One member of the current tenant. */
    public Optional<Member> find(UUID id) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from membership m join account a on a.id = m.account_id "
                        + "where m.id = ?")
                .param(id).query(MembershipRepository::map).optional();
    }

    public Page<Member> list(PageRequest page) {
        String select = "select " + MEMBER_COLUMNS + " from membership m join account a on a.id = m.account_id ";
        Cursor after = page.after();
        List<Member> rows = after == null
                ? jdbc.sql(select + "order by m.created_at, m.id limit ?").param(page.limit() + 1)
                        .query(MembershipRepository::map).list()
                : jdbc.sql(select + "where (m.created_at, m.id) > (?, ?) order by m.created_at, m.id limit ?")
                        .params(Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(MembershipRepository::map).list();
        return Page.of(rows, page.limit(), member -> new Cursor(member.createdAt(), member.id()));
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("email"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    public record Route(TenantId tenant, UUID membershipId) {
    }

    /** A team member as the API shows it: {@code id} is the membership's id, {@code accountId} beside it. */
    public record Member(UUID id, UUID accountId, String email, String name, Role role, String status,
            Instant createdAt, Instant updatedAt) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }
}
