package ai.seiketsu.shared;

import org.jspecify.annotations.Nullable;

/** {@code ?limit=} (1–200, default 50) and {@code &cursor=} of a list request. */
public record PageRequest(int limit, @Nullable Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest of(@Nullable Integer limit, @Nullable String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }
}
