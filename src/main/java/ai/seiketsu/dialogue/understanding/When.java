package ai.seiketsu.dialogue.understanding;

import java.time.ZonedDateTime;

/**
 * A time the caller named, in the tenant's zone: an exact time ("Saturday at two": {@code start} equals
 * {@code end}) or a window to look for free slots in, {@code end} excluded ("tomorrow morning" is 8:00 to 12:00,
 * "this weekend" Saturday 0:00 to Monday 0:00).
 */
public record When(ZonedDateTime start, ZonedDateTime end) {

    public When {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a window cannot end before it starts");
        }
    }

    /** Whether the caller named a time of day, not only a day or part of one. */
    public boolean exact() {
        return start.equals(end);
    }
}
