package ai.seiketsu.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.scheduling.Appointment;
import ai.seiketsu.scheduling.AppointmentFilter;
import ai.seiketsu.scheduling.AppointmentStatus;
import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.internal.SlotCalculator.Busy;
import ai.seiketsu.shared.Cursor;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant-owned {@code appointment} table. */
@Repository
public class AppointmentRepository {

    private static final String COLUMNS =
            "id, lead_id, listing_id, user_id, type, starts_at, ends_at, status, created_at, updated_at";

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws a {@code DataIntegrityViolationException} with SQLSTATE 23P01 when the member is already booked. */
    public void insert(TenantId tenant, Appointment a) {
        jdbc.sql("insert into appointment (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), a.id(), a.leadId(), a.listingId(), a.userId(), a.type().name(),
                        Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()), a.status().name(),
                        Timestamp.from(a.createdAt()), Timestamp.from(a.updatedAt()))
                .update();
    }

    public void update(Appointment a) {
        jdbc.sql("update appointment set starts_at = ?, ends_at = ?, status = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()), a.status().name(),
                        Timestamp.from(a.updatedAt()), a.id())
                .update();
    }

    public Optional<Appointment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from appointment where id = ?").param(id)
                .query(AppointmentRepository::map).optional();
    }

    public Optional<Appointment> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from appointment where id = ? for update").param(id)
                .query(AppointmentRepository::map).optional();
    }

    /** The member's open appointments that overlap {@code [from, to)}, except {@code except} (a reschedule). */
    public List<Busy> busy(UUID userId, Instant from, Instant to, @Nullable UUID except) {
        return jdbc.sql("""
                select starts_at, ends_at from appointment
                 where user_id = ? and status in ('SCHEDULED', 'CONFIRMED') and starts_at < ? and ends_at > ?
                   and id is distinct from ?::uuid
                 order by starts_at""")
                .params(userId, Timestamp.from(to), Timestamp.from(from), except)
                .query((rs, row) -> new Busy(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).list();
    }

    /** The member's appointments starting in {@code [from, to)}, at most {@code limit}, by start. */
    public List<Appointment> ofMember(UUID userId, Instant from, Instant to, int limit) {
        return jdbc.sql("select " + COLUMNS + " from appointment where user_id = ? and starts_at >= ? and starts_at < ?"
                        + " order by starts_at, id limit ?")
                .params(userId, Timestamp.from(from), Timestamp.from(to), limit)
                .query(AppointmentRepository::map).list();
    }

    /** Appointments in order of their start, then id (keyset pages). */
    public Page<Appointment> list(AppointmentFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.userId() != null) {
            where.add("user_id = ?");
            params.add(filter.userId());
        }
        if (filter.leadId() != null) {
            where.add("lead_id = ?");
            params.add(filter.leadId());
        }
        if (filter.from() != null) {
            where.add("starts_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("starts_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        Cursor after = page.after();
        if (after != null) {
            where.add("(starts_at, id) > (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        params.add(page.limit() + 1);
        String sql = "select " + COLUMNS + " from appointment"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by starts_at, id limit ?";
        List<Appointment> rows = jdbc.sql(sql).params(params).query(AppointmentRepository::map).list();
        return Page.of(rows, page.limit(), a -> new Cursor(a.startsAt(), a.id()));
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
                rs.getObject("listing_id", UUID.class), rs.getObject("user_id", UUID.class),
                AppointmentType.valueOf(rs.getString("type")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), AppointmentStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
