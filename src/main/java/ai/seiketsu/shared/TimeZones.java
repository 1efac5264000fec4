package ai.seiketsu.shared;

import java.time.DateTimeException;
import java.time.ZoneId;

/** IANA time zones as the API accepts them: region names such as {@code America/New_York}, or {@code UTC}. */
public final class TimeZones {

    public static final String MESSAGE = "must be an IANA time zone such as America/New_York";

    private TimeZones() {
    }

    public static boolean isValid(String zone) {
        if (!"UTC".equals(zone) && !zone.contains("/")) {
            return false; // offsets and abbreviations ("EST", "+02:00") do not follow daylight saving rules
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
