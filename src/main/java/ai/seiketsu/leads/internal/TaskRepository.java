package ai.seiketsu.leads.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.leads.Task;
import ai.seiketsu.leads.TaskStatus;
import ai.seiketsu.leads.TaskType;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code task} table. */
@Repository
public class TaskRepository {

    private static final String COLUMNS = "id, lead_id, type, due_at, status, note, assigned_user_id, created_at, updated_at";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, Task task) {
        jdbc.sql("insert into task (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), task.id(), task.leadId(), task.type().name(), timestamp(task.dueAt()),
                        task.status().name(), task.note(), task.assignedUserId(), Timestamp.from(task.createdAt()),
                        Timestamp.from(task.updatedAt()))
                .update();
    }

    public void update(Task task) {
        jdbc.sql("update task set due_at = ?, status = ?, note = ?, assigned_user_id = ?, updated_at = ? where id = ?")
                .params(timestamp(task.dueAt()), task.status().name(), task.note(), task.assignedUserId(),
                        Timestamp.from(task.updatedAt()), task.id())
                .update();
    }

    public Optional<Task> findForUpdate(UUID leadId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from task where lead_id = ? and id = ? for update").params(leadId, id)
                .query(TaskRepository::map).optional();
    }

    /** Tasks in creation order, of one lead or of the whole tenant, optionally by assignee and status. */
    public Page<Task> list(@Nullable UUID leadId, @Nullable UUID assignedUserId, @Nullable TaskStatus status,
            PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (leadId != null) {
            where.add("lead_id = ?");
            params.add(leadId);
        }
        if (assignedUserId != null) {
            where.add("assigned_user_id = ?");
            params.add(assignedUserId);
        }
        if (status != null) {
            where.add("status = ?");
            params.add(status.name());
        }
        Cursor after = page.after();
        if (after != null) {
            where.add("(created_at, id) > (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        params.add(page.limit() + 1);
        String sql = "select " + COLUMNS + " from task" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by created_at, id limit ?";
        List<Task> rows = jdbc.sql(sql).params(params).query(TaskRepository::map).list();
        return Page.of(rows, page.limit(), task -> new Cursor(task.createdAt(), task.id()));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new Task(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
                TaskType.valueOf(rs.getString("type")), due == null ? null : due.toInstant(),
                TaskStatus.valueOf(rs.getString("status")), rs.getString("note"),
                rs.getObject("assigned_user_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
