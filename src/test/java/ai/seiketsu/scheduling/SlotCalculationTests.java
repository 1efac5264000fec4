package ai.seiketsu.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.scheduling.internal.SlotCalculator;
import ai.seiketsu.scheduling.internal.SlotCalculator.Busy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Free slots as a pure function: local windows across daylight-saving changes, bookings, buffers, days off. */
class SlotCalculationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final UUID MEMBER = UUID.randomUUID();
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void aNineOClockWindowStaysNineOClockLocalWhenTheClocksSpringForward() {
        Availability weekend = availability(0, List.of(),
                new Window(DayOfWeek.SATURDAY, "09:00", "10:00"), new Window(DayOfWeek.SUNDAY, "09:00", "10:00"));
        List<Slot> slots = slots(weekend, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9), List.of());

        assertThat(slots).extracting(Slot::startsAt).containsExactly(
                Instant.parse("2026-03-07T14:00:00Z"), Instant.parse("2026-03-07T14:30:00Z"), // EST, UTC-5
                Instant.parse("2026-03-08T13:00:00Z"), Instant.parse("2026-03-08T13:30:00Z")); // EDT, UTC-4
        assertThat(slots).extracting(slot -> slot.startsAt().atZone(NEW_YORK).toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(9, 0), LocalTime.of(9, 30));
    }

    @Test
    void aNineOClockWindowStaysNineOClockLocalWhenTheClocksFallBack() {
        Availability weekend = availability(0, List.of(),
                new Window(DayOfWeek.SATURDAY, "09:00", "09:30"), new Window(DayOfWeek.SUNDAY, "09:00", "09:30"));
        List<Slot> slots = slots(weekend, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), List.of());

        assertThat(slots).extracting(Slot::startsAt).containsExactly(
                Instant.parse("2026-10-31T13:00:00Z"), Instant.parse("2026-11-01T14:00:00Z"));
    }

    @Test
    void aWindowAcrossTheMissingHourHasOnlyTheHoursThatExist() {
        Availability night = availability(0, List.of(), new Window(DayOfWeek.SUNDAY, "01:00", "04:00"));
        List<Slot> slots = slots(night, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9), List.of());

        // 01:00-04:00 local on 8 March is two real hours: 02:00-03:00 does not exist
        assertThat(slots).hasSize(4);
        assertThat(slots.getFirst().startsAt()).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
        assertThat(slots.getLast().endsAt()).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
    }

    @Test
    void aWindowAcrossTheRepeatedHourHasThatHourTwice() {
        Availability night = availability(0, List.of(), new Window(DayOfWeek.SUNDAY, "01:00", "02:00"));
        List<Slot> slots = slots(night, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), List.of());

        // 01:00 EDT to 02:00 EST is two real hours
        assertThat(slots).hasSize(4);
        assertThat(slots.getFirst().startsAt()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(slots.getLast().endsAt()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
    }

    @Test
    void aBookingAndItsBufferOnBothSidesAreNotOffered() {
        Availability monday = availability(15, List.of(), new Window(DayOfWeek.MONDAY, "09:00", "12:00"));
        Instant booked = local(LocalDate.of(2026, 6, 1), 10, 0);
        List<Slot> slots = slots(monday, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2),
                List.of(new Busy(booked, booked.plus(HALF_HOUR))));

        assertThat(slots).extracting(slot -> slot.startsAt().atZone(NEW_YORK).toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(11, 30));
    }

    @Test
    void daysOffAndThePastOfferNothing() {
        Availability weekdays = availability(0, List.of(LocalDate.of(2026, 6, 2)),
                new Window(DayOfWeek.MONDAY, "09:00", "10:00"), new Window(DayOfWeek.TUESDAY, "09:00", "10:00"),
                new Window(DayOfWeek.WEDNESDAY, "09:00", "10:00"));
        List<Slot> slots = SlotCalculator.freeSlots(weekdays, NEW_YORK, HALF_HOUR, local(LocalDate.of(2026, 6, 1), 0, 0),
                local(LocalDate.of(2026, 6, 4), 0, 0), local(LocalDate.of(2026, 6, 1), 9, 15), List.of());

        assertThat(slots).extracting(slot -> slot.startsAt().atZone(NEW_YORK).toLocalDateTime().toString())
                .containsExactly("2026-06-01T09:30", "2026-06-03T09:00", "2026-06-03T09:30");
    }

    @Test
    void aWindowToMidnightEndsAtTheEndOfTheDay() {
        Availability evening = availability(0, List.of(), new Window(DayOfWeek.FRIDAY, "23:00", "24:00"));
        List<Slot> slots = slots(evening, LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 6), List.of());

        assertThat(slots).extracting(Slot::endsAt).last().isEqualTo(local(LocalDate.of(2026, 6, 6), 0, 0));
        assertThat(SlotCalculator.withinAvailability(evening, NEW_YORK, local(LocalDate.of(2026, 6, 5), 23, 30),
                local(LocalDate.of(2026, 6, 6), 0, 0))).isTrue();
        assertThat(SlotCalculator.withinAvailability(evening, NEW_YORK, local(LocalDate.of(2026, 6, 5), 22, 45),
                local(LocalDate.of(2026, 6, 5), 23, 15))).isFalse();
    }

    private static List<Slot> slots(Availability availability, LocalDate from, LocalDate to, List<Busy> busy) {
        return SlotCalculator.freeSlots(availability, NEW_YORK, HALF_HOUR, local(from, 0, 0), local(to, 0, 0),
                LONG_AGO, busy);
    }

    private static Availability availability(int buffer, List<LocalDate> daysOff, Window... windows) {
        return new Availability(MEMBER, List.of(windows), daysOff, buffer, NEW_YORK.getId());
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), NEW_YORK).toInstant();
    }
}
