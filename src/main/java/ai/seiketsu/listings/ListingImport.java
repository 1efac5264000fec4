package ai.seiketsu.listings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One upload of listings and its progress: {@code rowsDone} of {@code rowsTotal} rows looked at so far (null
 * until the file has been counted), of which {@code rowsFailed} were refused. {@code errors} lists the first
 * {@value #MAX_ERRORS} problems; {@code errorsTruncated} says there were more.
 */
public record ListingImport(UUID id, Status status, Format format, @Nullable Integer rowsTotal, int rowsDone,
        int rowsImported, int rowsFailed, List<RowError> errors, boolean errorsTruncated, @Nullable String createdBy,
        Instant createdAt, Instant updatedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

    /** At most this many row errors are kept per import. */
    public static final int MAX_ERRORS = 1000;

    public ListingImport {
        errors = List.copyOf(errors);
    }

    public enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED
    }

    /** The file's format: a CSV with RESO column headers, or a RESO Web API answer {@code {"value":[...]}}. */
    public enum Format {
        CSV, JSON
    }

    /**
     * Why a row (1-based among the data rows: the first listing is row 1) was refused: the RESO field and what is
     * wrong with it. A file that cannot be read at all has an error without a row.
     */
    public record RowError(@Nullable Integer row, @Nullable String listingKey, @Nullable String field,
            String message) {
    }
}
