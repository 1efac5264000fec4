package ai.seiketsu.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import org.jspecify.annotations.Nullable;

/** What a valid availability is: well-formed windows that do not overlap within a day, a buffer of 0-240 min. */
final class AvailabilityRules {

    static final int MAX_BUFFER_MINUTES = 240;

    private AvailabilityRules() {
    }

    static List<FieldViolation> check(List<@Nullable Window> weekly, List<@Nullable LocalDate> daysOff,
            int bufferMinutes) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            Window window = weekly.get(i);
            if (window == null || window.day() == null || window.start() == null || window.end() == null) {
                violations.add(new FieldViolation("weekly[" + i + "]", "needs day, start and end"));
            } else if (!window.valid()) {
                violations.add(new FieldViolation("weekly[" + i + "]",
                        "start and end must be HH:mm (end may be 24:00), start before end"));
            }
        }
        if (violations.isEmpty()) {
            List<Window> ordered = inWeekOrder(weekly);
            for (int i = 1; i < ordered.size(); i++) {
                Window previous = ordered.get(i - 1);
                Window next = ordered.get(i);
                if (previous.day() == next.day()
                        && next.startOn(LocalDate.EPOCH).isBefore(previous.endOn(LocalDate.EPOCH))) {
                    violations.add(new FieldViolation("weekly", "windows of " + next.day() + " overlap"));
                }
            }
        }
        if (daysOff.stream().anyMatch(Objects::isNull)) {
            violations.add(new FieldViolation("daysOff", "must be dates such as 2026-12-25"));
        }
        if (bufferMinutes < 0 || bufferMinutes > MAX_BUFFER_MINUTES) {
            violations.add(new FieldViolation("bufferMinutes", "must be between 0 and " + MAX_BUFFER_MINUTES));
        }
        return violations;
    }

    static List<Window> inWeekOrder(List<@Nullable Window> weekly) {
        return weekly.stream().filter(Objects::nonNull).map(Objects::requireNonNull)
                .sorted(Comparator.comparing(Window::day).thenComparing(w -> w.startOn(LocalDate.EPOCH))).toList();
    }
}
