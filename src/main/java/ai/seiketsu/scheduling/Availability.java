package ai.seiketsu.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * When a team member takes appointments, in the agency's {@code timeZone}: weekly windows, whole days off, and
 * {@code bufferMinutes} kept free before and after every booking (travel between showings).
 */
public record Availability(UUID userId, List<Window> weekly, List<LocalDate> daysOff, int bufferMinutes,
        String timeZone) {

    public Availability {
        weekly = List.copyOf(weekly);
        daysOff = List.copyOf(daysOff);
    }

    /**
     * One weekly window, {@code "HH:mm"} local times; {@code end} may be {@code "24:00"} (the end of the day).
     * Kept as the client wrote it, so that the API answers what it was given.
     */
    public record Window(DayOfWeek day, String start, String end) {

        private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

        /** Whether both times are {@code HH:mm} and the window is not empty. */
        public boolean valid() {
            return TIME.matcher(start).matches() && TIME.matcher(end).matches() && !"24:00".equals(start)
                    && startOn(LocalDate.EPOCH).isBefore(endOn(LocalDate.EPOCH));
        }

        public LocalDateTime startOn(LocalDate date) {
            return date.atTime(LocalTime.parse(start));
        }

        public LocalDateTime endOn(LocalDate date) {
            return "24:00".equals(end) ? date.plusDays(1).atStartOfDay() : date.atTime(LocalTime.parse(end));
        }
    }
}
