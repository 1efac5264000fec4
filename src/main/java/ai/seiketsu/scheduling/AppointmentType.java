package ai.seiketsu.scheduling;

import java.time.Duration;

/**
 * What an appointment is for, and how long it lasts. Fixed lengths rather than a tenant setting for now: the
 * voice agent must be able to say how long a showing takes without asking anyone.
 */
public enum AppointmentType {

    SHOWING(Duration.ofMinutes(30)),
    CONSULTATION(Duration.ofMinutes(60)),
    LISTING_APPOINTMENT(Duration.ofMinutes(60));

    private final Duration length;

    AppointmentType(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }
}
