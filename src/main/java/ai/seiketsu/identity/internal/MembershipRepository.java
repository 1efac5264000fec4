package ai.seiketsu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.identity.Role;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant-owned {@code membership} table (row-level security applies) and its platform-level routing table
 * {@code membership_route} (account → tenant and membership ids), which sign-in reads before a tenant is known.
 */
@Repository
public class MembershipRepository {

    private static final String MEMBER_SELECT = """
            select m.id, m.account_id, coalesce(a.email, m.invited_email) as email, coalesce(a.name, '') as name,
                   m.role, m.status, m.created_at, m.updated_at
              from membership m left join account a on a.id = m.account_id
            """;

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
        insertRoute(tenant, accountId, id);
    }

    /** A pending membership: an invited e-mail, no account yet. */
    public void insertInvited(TenantId tenant, UUID id, EmailAddress email, Role role, Instant now) {
        jdbc.sql("""
                insert into membership (tenant_id, id, account_id, invited_email, role, status, created_at, updated_at)
                values (?, ?, null, ?, ?, 'INVITED', ?, ?)""")
                .params(tenant.value(), id, email.value(), role.name(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** The invited person accepted: the membership gets its account and becomes active. */
    public void activateInvited(TenantId tenant, UUID id, UUID accountId, Instant now) {
        jdbc.sql("""
                update membership set account_id = ?, invited_email = null, status = 'ACTIVE', updated_at = ?
                 where id = ? and status = 'INVITED'""")
                .params(accountId, Timestamp.from(now), id).update();
        insertRoute(tenant, accountId, id);
    }

    public void updateRole(UUID id, Role role, Instant now) {
        jdbc.sql("update membership set role = ?, updated_at = ? where id = ?")
                .params(role.name(), Timestamp.from(now), id).update();
    }

    public void updateStatus(UUID id, String status, Instant now) {
        jdbc.sql("update membership set status = ?, updated_at = ? where id = ?")
                .params(status, Timestamp.from(now), id).update();
    }

    private void insertRoute(TenantId tenant, UUID accountId, UUID membershipId) {
        jdbc.sql("""
                insert into membership_route (account_id, tenant_id, membership_id) values (?, ?, ?)
                on conflict (account_id, tenant_id) do nothing""")
                .params(accountId, tenant.value(), membershipId)
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
        return jdbc.sql(MEMBER_SELECT + "where m.id = ?").param(id).query(MembershipRepository::map).optional();
    }

    /** One member, locked until the end of the transaction. */
    public Optional<Member> findForUpdate(UUID id) {
        return jdbc.sql(MEMBER_SELECT + "where m.id = ? for update of m").param(id)
                .query(MembershipRepository::map).optional();
    }

    /**
     * The member with this e-mail in the current tenant (active, pending or deactivated), if any. Cancelled
     * invitations (deactivated, without an account) do not count.
     */
    public Optional<Member> findByEmail(EmailAddress email) {
        return jdbc.sql(MEMBER_SELECT + "where coalesce(a.email, m.invited_email) = ? "
                        + "and (m.status <> 'DEACTIVATED' or m.account_id is not null) limit 1")
                .param(email.value()).query(MembershipRepository::map).optional();
    }

    /** Active owners, locked, so that two concurrent demotions cannot both leave the tenant without an owner. */
    public int lockActiveOwners() {
        return jdbc.sql("select id from membership where role = 'OWNER' and status = 'ACTIVE' for update")
                .query(UUID.class).list().size();
    }

    /** Those of {@code ids} (not empty) that are active members of the current tenant. */
    public Set<UUID> activeAmong(Collection<UUID> ids) {
        return Set.copyOf(jdbc.sql("select id from membership where status = 'ACTIVE' and id in (:ids)")
                .param("ids", ids).query(UUID.class).list());
    }

    /** Seats in use: active members and pending invitations. */
    public int seatsInUse() {
        return jdbc.sql("select count(*) from membership where status in ('ACTIVE', 'INVITED')")
                .query(Integer.class).single();
    }

    public Page<Member> list(PageRequest page) {
        Cursor after = page.after();
        List<Member> rows = after == null
                ? jdbc.sql(MEMBER_SELECT + "order by m.created_at, m.id limit ?").param(page.limit() + 1)
                        .query(MembershipRepository::map).list()
                : jdbc.sql(MEMBER_SELECT + "where (m.created_at, m.id) > (?, ?) order by m.created_at, m.id limit ?")
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

    /**
     * A team member as the API shows it: {@code id} is the membership's id, {@code accountId} beside it (null
     * while the invitation is pending). Status is {@code ACTIVE}, {@code INVITED} or {@code DEACTIVATED}.
     */
    public record Member(UUID id, @Nullable UUID accountId, String email, String name, Role role, String status,
            Instant createdAt, Instant updatedAt) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }
}
