package ai.seiketsu.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.identity.Role;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code membership} table (row-level security applies). */
@Repository
public class MembershipRepository {

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
    }
}
