package ai.seiketsu.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.scheduling.Availability;
import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant-owned {@code availability} table: one row per member who takes appointments. */
@Repository
public class AvailabilityRepository {

    private static final TypeReference<List<Window>> WINDOWS = new TypeReference<>() {
    };
    private static final String COLUMNS = "user_id, weekly::text as weekly, days_off::text[] as days_off, buffer_minutes";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AvailabilityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(TenantId tenant, Availability availability, Instant now) {
        jdbc.sql("""
                insert into availability (tenant_id, user_id, weekly, days_off, buffer_minutes, updated_at)
                values (?, ?, ?::jsonb, ?::date[], ?, ?)
                on conflict (tenant_id, user_id) do update set weekly = excluded.weekly,
                       days_off = excluded.days_off, buffer_minutes = excluded.buffer_minutes,
                       updated_at = excluded.updated_at""")
                .params(tenant.value(), availability.userId(), json.writeValueAsString(availability.weekly()),
                        availability.daysOff().stream().map(LocalDate::toString).toArray(String[]::new),
                        availability.bufferMinutes(), Timestamp.from(now))
                .update();
    }

    public Optional<Availability> find(UUID userId, String timeZone) {
        return jdbc.sql("select " + COLUMNS + " from availability where user_id = ?").param(userId)
                .query((rs, row) -> map(rs, timeZone)).optional();
    }

    /**
     * The member's availability, locked until the transaction ends: bookings of one member take turns, so the
     * buffer check (which the exclusion constraint cannot express) sees every booking committed before it.
     */
    public Optional<Availability> findForUpdate(UUID userId, String timeZone) {
        return jdbc.sql("select " + COLUMNS + " from availability where user_id = ? for update").param(userId)
                .query((rs, row) -> map(rs, timeZone)).optional();
    }

    public List<Availability> all(String timeZone) {
        return jdbc.sql("select " + COLUMNS + " from availability order by user_id")
                .query((rs, row) -> map(rs, timeZone)).list();
    }

    private Availability map(ResultSet rs, String timeZone) throws SQLException {
        List<LocalDate> daysOff = Arrays.stream((String[]) rs.getArray("days_off").getArray()).map(LocalDate::parse)
                .toList();
        return new Availability(rs.getObject("user_id", UUID.class), json.readValue(rs.getString("weekly"), WINDOWS),
                daysOff, rs.getInt("buffer_minutes"), timeZone);
    }
}
