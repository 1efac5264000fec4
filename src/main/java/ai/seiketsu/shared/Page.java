package ai.seiketsu.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of a list: {@code {"items":[...], "nextCursor": "..."|null}}. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows read in keyset order: the extra row only says that
     * there is more, and the cursor points after the last row shown.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(shown, cursorOf.apply(shown.getLast()).encode());
    }
}
