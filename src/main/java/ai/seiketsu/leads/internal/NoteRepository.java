package ai.seiketsu.leads.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.leads.LeadNote;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code lead_note} table. */
@Repository
public class NoteRepository {

    private static final String COLUMNS = "id, lead_id, body, author_type, author_id, created_at";

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, LeadNote note) {
        jdbc.sql("insert into lead_note (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), note.id(), note.leadId(), note.body(), note.authorType(), note.authorId(),
                        Timestamp.from(note.createdAt()))
                .update();
    }

    /** The lead's notes, oldest first. */
    public Page<LeadNote> list(UUID leadId, PageRequest page) {
        Cursor after = page.after();
        List<LeadNote> rows = after == null
                ? jdbc.sql("select " + COLUMNS + " from lead_note where lead_id = ? order by created_at, id limit ?")
                        .params(leadId, page.limit() + 1).query(NoteRepository::map).list()
                : jdbc.sql("select " + COLUMNS + " from lead_note where lead_id = ? and (created_at, id) > (?, ?) "
                                + "order by created_at, id limit ?")
                        .params(leadId, Timestamp.from(after.createdAt()), after.id(), page.limit() + 1)
                        .query(NoteRepository::map).list();
        return Page.of(rows, page.limit(), note -> new Cursor(note.createdAt(), note.id()));
    }

    private static LeadNote map(ResultSet rs, int row) throws SQLException {
        return new LeadNote(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class), rs.getString("body"),
                rs.getString("author_type"), rs.getString("author_id"), rs.getTimestamp("created_at").toInstant());
    }
}
