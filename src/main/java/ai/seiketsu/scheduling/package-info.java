/**
 * Scheduling: when each team member takes appointments (weekly windows in the agency's time zone, days off, a
 * buffer), the free slots that follow from it, and the appointments booked for leads. {@link
 * ai.seiketsu.scheduling.Scheduling} is the API (the voice agent offers {@code freeSlots} and calls {@code book});
 * {@link ai.seiketsu.scheduling.AppointmentBooked} and {@link ai.seiketsu.scheduling.AppointmentCancelled} are
 * published with ids only. The database, not this code, guarantees that a member is never double-booked.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "identity", "leads", "listings" })
package ai.seiketsu.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
