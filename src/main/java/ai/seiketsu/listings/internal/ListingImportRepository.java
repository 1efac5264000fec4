package ai.seiketsu.listings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.listings.ListingImport;
import ai.seiketsu.listings.ListingImport.Format;
import ai.seiketsu.listings.ListingImport.RowError;
import ai.seiketsu.listings.ListingImport.Status;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The tenant-owned {@code listing_import} table: an import's status, counters and (capped) error report. */
@Repository
public class ListingImportRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectReader ERRORS = JSON.readerForListOf(RowError.class);

    private final JdbcClient jdbc;

    ListingImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, UUID id, Format format, @Nullable String createdBy, Instant now) {
        jdbc.sql("""
                insert into listing_import (tenant_id, id, status, format, created_by, created_at, updated_at)
                values (?, ?, 'QUEUED', ?, ?, ?, ?)""")
                .params(tenant.value(), id, format.name(), createdBy, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public Optional<ListingImport> find(UUID id) {
        return jdbc.sql("select * from listing_import where id = ?").param(id)
                .query(ListingImportRepository::map).optional();
    }

    /** Starts (or, after a crash, restarts from scratch: upserts are idempotent) with empty counters. */
    public void start(UUID id, Instant now) {
        jdbc.sql("""
                update listing_import set status = 'RUNNING', rows_total = null, rows_done = 0, rows_failed = 0,
                       errors = '[]'::jsonb, errors_truncated = false, started_at = ?, finished_at = null,
                       updated_at = ? where id = ?""")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
    }

    public void total(UUID id, int rows, Instant now) {
        jdbc.sql("update listing_import set rows_total = ?, updated_at = ? where id = ?")
                .params(rows, Timestamp.from(now), id).update();
    }

    /** Adds one batch's counts and errors ({@code errors} already cut to what still fits under the cap). */
    public void progress(UUID id, int done, int failed, List<RowError> errors, boolean truncated, Instant now) {
        jdbc.sql("""
                update listing_import set rows_done = rows_done + ?, rows_failed = rows_failed + ?,
                       errors = errors || ?::jsonb, errors_truncated = errors_truncated or ?, updated_at = ?
                 where id = ?""")
                .params(done, failed, JSON.writeValueAsString(errors), truncated, Timestamp.from(now), id).update();
    }

    public void finish(UUID id, Status status, Instant now) {
        jdbc.sql("update listing_import set status = ?, finished_at = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(now), Timestamp.from(now), id).update();
    }

    private static ListingImport map(ResultSet rs, int row) throws SQLException {
        int done = rs.getInt("rows_done");
        int failed = rs.getInt("rows_failed");
        List<RowError> errors = ERRORS.readValue(rs.getString("errors"));
        return new ListingImport(rs.getObject("id", UUID.class), Status.valueOf(rs.getString("status")),
                Format.valueOf(rs.getString("format")), rs.getObject("rows_total", Integer.class), done,
                done - failed, failed, errors, rs.getBoolean("errors_truncated"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
