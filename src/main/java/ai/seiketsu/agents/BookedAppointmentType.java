package ai.seiketsu.agents;

/**
 * The kind of appointment a voice agent books. The same names as scheduling's {@code AppointmentType} (a test holds
 * them equal): agents cannot name that type, since scheduling depends on identity, which depends on agents, so the
 * brain maps one to the other by name.
 */
public enum BookedAppointmentType {
    SHOWING, CONSULTATION, LISTING_APPOINTMENT
}
