package ai.seiketsu.agents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code voice_agent} table; row-level security scopes every query to the current tenant. */
@Repository
public class VoiceAgentRepository {

    private static final String COLUMNS = "id, name, greeting, language, created_at, updated_at";

    private final JdbcClient jdbc;

    VoiceAgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, VoiceAgent agent) {
        jdbc.sql("insert into voice_agent (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), agent.id(), agent.name(), agent.greeting(), agent.language(),
                        Timestamp.from(agent.createdAt()), Timestamp.from(agent.updatedAt()))
                .update();
    }

    public Optional<VoiceAgent> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voice_agent where id = ?").param(id)
                .query(VoiceAgentRepository::map).optional();
    }

    public Page<VoiceAgent> list(PageRequest page) {
        Cursor after = page.after();
        List<VoiceAgent> rows = after == null
                ? jdbc.sql("select " + COLUMNS + " from voice_agent order by created_at, id limit ?")
                        .param(page.limit() + 1).query(VoiceAgentRepository::map).list()
                : jdbc.sql("select " + COLUMNS + " from voice_agent where (created_at, id) > (?, ?) "
                                + "order by created_at, id limit ?")
                        .params(Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(VoiceAgentRepository::map).list();
        return Page.of(rows, page.limit(), agent -> new Cursor(agent.createdAt(), agent.id()));
    }

    private static VoiceAgent map(ResultSet rs, int row) throws SQLException {
        return new VoiceAgent(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("greeting"),
                rs.getString("language"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
