package ai.seiketsu.agents.internal;

import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.agents.PhoneRoute;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The platform-level {@code phone_number_route} table: number → tenant and agent. Its primary key is what makes a
 * number unique on the platform: of two transactions claiming the same number, the second waits for the first and
 * then finds it taken (or free again, if the first rolled back).
 */
@Repository
public class PhoneNumberRoutes {

    private final JdbcClient jdbc;

    PhoneNumberRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims {@code number} for the agent; false when another agent (of any tenant) holds it. */
    public boolean claim(String number, TenantId tenant, UUID agentId) {
        int inserted = jdbc.sql("insert into phone_number_route (phone_number, tenant_id, agent_id) values (?, ?, ?) "
                        + "on conflict (phone_number) do nothing")
                .params(number, tenant.value(), agentId).update();
        return inserted == 1 || find(number).filter(new PhoneRoute(tenant, agentId)::equals).isPresent();
    }

    public void release(String number, TenantId tenant, UUID agentId) {
        jdbc.sql("delete from phone_number_route where phone_number = ? and tenant_id = ? and agent_id = ?")
                .params(number, tenant.value(), agentId).update();
    }

    public Optional<PhoneRoute> find(String number) {
        return jdbc.sql("select tenant_id, agent_id from phone_number_route where phone_number = ?").param(number)
                .query((rs, row) -> new PhoneRoute(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        rs.getObject("agent_id", UUID.class)))
                .optional();
    }
}
