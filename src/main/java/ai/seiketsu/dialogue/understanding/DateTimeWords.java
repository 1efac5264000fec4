package ai.seiketsu.dialogue.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A day and time for a showing, relative to now in the tenant's zone: a day ({@link DayWords}), a time of day or a
 * part of one ({@link ClockWords}), in either order ("Saturday at two", "at two on Saturday", "tomorrow morning",
 * "next Tuesday afternoon", "the 14th at 10:30", "this weekend").
 * <ul>
 * <li>a time without a day is today if still ahead, else tomorrow ("at two" said at 15:00 is tomorrow 14:00); a
 * part of the day likewise by its start ("in the morning" said at 10:00 is tomorrow's; "this morning" is
 * today's);</li>
 * <li>a weekday with a time already past today is next week's ("Saturday at two" said on Saturday at 15:00);</li>
 * <li>a time with several days ("this weekend at ten") is on the first of them;</li>
 * <li>a day alone is the whole day (or days), to be matched with free slots.</li>
 * </ul>
 */
final class DateTimeWords {

    private DateTimeWords() {
    }

    static @Nullable Found<When> find(Utterance utterance, Claims claims, Context context) {
        Found<DayWords.Days> day = DayWords.find(utterance, claims, context.today());
        Found<ClockWords.DayPart> part = ClockWords.dayPart(utterance, claims);
        Found<?> near = day != null ? day : part;
        Found<LocalTime> time = ClockWords.time(utterance, claims, near, part, context.asked() == Slot.TIME);
        if (day == null && part == null && time == null) {
            return null;
        }
        When when = when(context.now(), day == null ? null : day.value(), part == null ? null : part.value(),
                time == null ? null : time.value());
        return new Found<>(when, start(day, part, time), end(day, part, time));
    }

    private static When when(ZonedDateTime now, DayWords.@Nullable Days days, ClockWords.@Nullable DayPart part,
            @Nullable LocalTime time) {
        LocalDate today = now.toLocalDate();
        LocalDate first = days == null ? today : days.first();
        if (time != null) {
            boolean past = first.equals(today) && !time.isAfter(now.toLocalTime());
            if (past && (days == null || days.weekday())) {
                first = first.plusDays(days == null ? 1 : 7);
            }
            ZonedDateTime at = ZonedDateTime.of(first, time, now.getZone());
            return new When(at, at);
        }
        if (part != null) {
            if (days == null && !part.from.isAfter(now.toLocalTime())) {
                first = first.plusDays(1);
            }
            return new When(ZonedDateTime.of(first, part.from, now.getZone()),
                    ZonedDateTime.of(first, part.to, now.getZone()));
        }
        LocalDate last = Objects.requireNonNull(days, "a day, a part of one or a time was said").last();
        return new When(first.atStartOfDay(now.getZone()), last.plusDays(1).atStartOfDay(now.getZone()));
    }

    private static int start(@Nullable Found<?>... found) {
        int start = Integer.MAX_VALUE;
        for (Found<?> f : found) {
            start = f == null ? start : Math.min(start, f.start());
        }
        return start;
    }

    private static int end(@Nullable Found<?>... found) {
        int end = 0;
        for (Found<?> f : found) {
            end = f == null ? end : Math.max(end, f.end());
        }
        return end;
    }
}
