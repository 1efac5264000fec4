package ai.seiketsu.leads.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.leads.TimelineEntry;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code lead_timeline} table: append-only for the runtime role (SELECT and INSERT only). */
@Repository
public class TimelineRepository {

    private static final String COLUMNS = "id, lead_id, occurred_at, actor_type, actor_id, kind, from_value, to_value, note";

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, TimelineEntry entry) {
        jdbc.sql("insert into lead_timeline (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), entry.id(), entry.leadId(), Timestamp.from(entry.occurredAt()),
                        entry.actorType(), entry.actorId(), entry.kind().name(), entry.from(), entry.to(),
                        entry.note())
                .update();
    }

    /** The lead's history, oldest first. */
    public Page<TimelineEntry> list(UUID leadId, PageRequest page) {
        Cursor after = page.after();
        List<TimelineEntry> rows = after == null
                ? jdbc.sql("select " + COLUMNS + " from lead_timeline where lead_id = ? order by occurred_at, id limit ?")
                        .params(leadId, page.limit() + 1).query(TimelineRepository::map).list()
                : jdbc.sql("select " + COLUMNS + " from lead_timeline where lead_id = ? and (occurred_at, id) > (?, ?) "
                                + "order by occurred_at, id limit ?")
                        .params(leadId, Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(TimelineRepository::map).list();
        return Page.of(rows, page.limit(), entry -> new Cursor(entry.occurredAt(), entry.id()));
    }

    private static TimelineEntry map(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_type"), rs.getString("actor_id"),
                TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("from_value"),
                rs.getString("to_value"), rs.getString("note"));
    }
}
