package ai.seiketsu.scheduling;

/** Where an appointment stands. Only open ones ({@code SCHEDULED}, {@code CONFIRMED}) hold their time. */
public enum AppointmentStatus {

    SCHEDULED, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW;

    public boolean isOpen() {
        return this == SCHEDULED || this == CONFIRMED;
    }
}
