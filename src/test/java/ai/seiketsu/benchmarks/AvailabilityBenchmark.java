package ai.seiketsu.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.scheduling.Appointment;
import ai.seiketsu.scheduling.AppointmentType;
import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.scheduling.NewAppointment;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.scheduling.Slot;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free showing slots of one team member over a month ({@code Scheduling.freeSlots}: availability, bookings and
 * buffers, in the agency's time zone), with a weekday 9-17 schedule and 40 showings already booked in that month.
 * Run: {@code ./mvnw verify -Pbenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class AvailabilityBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    Scheduling scheduling;

    @Test
    void aMonthOfOneMember() {
        Http http = new Http(port);
        Staff staff = Staff.newAgency(http, "bench-slots");
        TenantId tenant = TenantId.of(staff.tenantId());
        UUID member = UUID.fromString(staff.ownerId());
        ZoneId zone = ZoneId.of("America/New_York");
        LocalDate start = LocalDate.now(zone).plusDays(1);
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = from.plus(Duration.ofDays(30));
        List<Window> weekdays = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdays.add(new Window(day, "09:00", "17:00"));
        }
        String lead = http.post("/api/v1/leads", staff.accessToken(), Http.json(Map.of("firstName", "Bench"))).json()
                .at("/id").asString();
        int booked = TenantContext.call(tenant, () -> {
            scheduling.setAvailability(member, weekdays, List.of(), 15);
            List<Slot> free = scheduling.freeSlots(member, from, to, AppointmentType.SHOWING);
            int count = 0;
            // every fifth slot: 2.5 hours apart, so that the buffers never touch
            for (int i = 0; i < free.size() && count < 40; i += 5) {
                Appointment appointment = scheduling.book(new NewAppointment(UUID.fromString(lead), null, member,
                        AppointmentType.SHOWING, free.get(i).startsAt()));
                assertThat(appointment.id()).isNotNull();
                count++;
            }
            return count;
        });
        Percentiles latency = new Percentiles();
        int slots = 0;
        for (int i = 0; i < 1_200; i++) {
            long begin = System.nanoTime();
            List<Slot> free = TenantContext.call(tenant, () -> scheduling.freeSlots(member, from, to,
                    AppointmentType.SHOWING));
            if (i >= 200) {
                latency.add(System.nanoTime() - begin);
            }
            slots = free.size();
        }
        Percentiles.write("availability", "Free showing slots of one member over 30 days (weekdays 9-17, 15 min buffer, "
                + booked + " showings booked, " + slots + " free slots), 1000 calls after 200 warm-up ("
                + Runtime.getRuntime().availableProcessors() + " cores, " + Percentiles.database() + ")\n  "
                + latency.summary() + "   p95 " + String.format(java.util.Locale.ROOT, "%.3f ms", latency.percentile(95))
                + "\n");
        assertThat(slots).isPositive();
    }
}
