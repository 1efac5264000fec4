package ai.seiketsu.agents.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgent.OpeningHours;
import ai.seiketsu.shared.PhoneNumber;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.TimeZones;
import org.jspecify.annotations.Nullable;

/** What a voice agent's configuration must satisfy; every violation is reported with the request's field name. */
public final class VoiceAgentRules {

    public static final Set<String> LANGUAGES = Set.of("en", "es");
    public static final Set<String> ENGINES = Set.of("EMBEDDED", "ELEVENLABS");
    public static final Set<String> SENSITIVITIES = Set.of("LOW", "MEDIUM", "HIGH");
    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$");

    private VoiceAgentRules() {
    }

    public static List<FieldViolation> violations(VoiceAgent agent) {
        List<FieldViolation> found = new ArrayList<>();
        length(found, "name", agent.name(), 1, 100);
        length(found, "persona", agent.persona(), 0, 4000);
        length(found, "tone", agent.tone(), 0, 200);
        oneOf(found, "language", agent.language(), LANGUAGES);
        length(found, "greeting", agent.greeting(), 1, 1000);
        length(found, "recordingDisclosure", agent.recordingDisclosure(), agent.recordingEnabled() ? 1 : 0, 500);
        oneOf(found, "voice.engine", agent.voice().engine(), ENGINES);
        length(found, "voice.voiceId", agent.voice().voiceId(), 1, 100);
        check(found, "voice.speed", agent.voice().speed(), s -> s >= 0.5 && s <= 2.0, "must be between 0.5 and 2.0");
        check(found, "endOfTurnSilenceMs", agent.endOfTurnSilenceMs(), ms -> ms >= 200 && ms <= 5000,
                "must be between 200 and 5000");
        oneOf(found, "interruptionSensitivity", agent.interruptionSensitivity(), SENSITIVITIES);
        check(found, "timeZone", agent.timeZone(), TimeZones::isValid, TimeZones.MESSAGE);
        length(found, "afterHoursMessage", agent.afterHoursMessage(), 0, 1000);
        e164(found, "transferNumber", agent.transferNumber());
        e164(found, "phoneNumber", agent.phoneNumber());
        if (agent.businessHours() != null) {
            businessHours(found, agent.businessHours());
        }
        DialogueRules.check(agent.dialogue(), found);
        return found;
    }

    /** The week in day order (MONDAY first), whatever order the client or the database used. */
    public static @Nullable Map<String, List<OpeningHours>> inWeekOrder(@Nullable Map<String, List<OpeningHours>> week) {
        if (week == null) {
            return null;
        }
        Map<String, List<OpeningHours>> ordered = new java.util.LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (week.containsKey(day.name())) {
                ordered.put(day.name(), week.get(day.name()));
            }
        }
        week.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void businessHours(List<FieldViolation> found, Map<String, List<OpeningHours>> week) {
        week.forEach((day, hours) -> {
            String field = "businessHours." + day;
            if (!isDay(day)) {
                found.add(new FieldViolation(field, "must be a day such as MONDAY"));
            } else if (hours == null || hours.stream().anyMatch(h -> h == null || !isInterval(h))) {
                found.add(new FieldViolation(field, "must list intervals {open, close} in HH:mm with open before close"));
            } else if (overlaps(hours)) {
                found.add(new FieldViolation(field, "intervals must not overlap"));
            }
        });
    }

    private static boolean isDay(String day) {
        try {
            DayOfWeek.valueOf(day);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isInterval(OpeningHours hours) {
        return hours.open() != null && hours.close() != null && TIME.matcher(hours.open()).matches()
                && TIME.matcher(hours.close()).matches() && minutes(hours.open()) < minutes(hours.close());
    }

    private static boolean overlaps(List<OpeningHours> hours) {
        List<OpeningHours> sorted = hours.stream().sorted(Comparator.comparingInt(h -> minutes(h.open()))).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (minutes(sorted.get(i).open()) < minutes(sorted.get(i - 1).close())) {
                return true;
            }
        }
        return false;
    }

    private static int minutes(String time) {
        if ("24:00".equals(time)) {
            return 24 * 60;
        }
        try {
            return LocalTime.parse(time).toSecondOfDay() / 60;
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private static void length(List<FieldViolation> found, String field, String value, int min, int max) {
        int length = value.strip().length();
        if (length < min || value.length() > max) {
            found.add(new FieldViolation(field, "must be " + min + "-" + max + " characters"));
        }
    }

    private static void oneOf(List<FieldViolation> found, String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            found.add(new FieldViolation(field, "must be one of " + allowed.stream().sorted().toList()));
        }
    }

    private static <T> void check(List<FieldViolation> found, String field, T value, Predicate<T> rule,
            String message) {
        if (!rule.test(value)) {
            found.add(new FieldViolation(field, message));
        }
    }

    private static void e164(List<FieldViolation> found, String field, @Nullable String value) {
        if (value != null && !PhoneNumber.isValid(value)) {
            found.add(new FieldViolation(field, PhoneNumber.MESSAGE));
        }
    }
}
