package ai.seiketsu.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.seiketsu.scheduling.Availability;
import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.scheduling.Slot;

/**
 * Free slots from a member's availability, as a pure function. Windows are local times: each day's window is
 * placed on the time line with {@link ZonedDateTime#of}, so a 09:00 window stays 09:00 local on both sides of a
 * daylight-saving change (a window starting in a spring-forward gap starts at the first valid instant after
 * it). Within a window, slots follow each other at the appointment's length, measured on the time line.
 */
public final class SlotCalculator {

    private SlotCalculator() {
    }

    /** A booked time of the member; the buffer is added on both sides. */
    public record Busy(Instant start, Instant end) {
    }

    /** Slots starting at or after {@code from} (and never before {@code notBefore}) and ending by {@code to}. */
    public static List<Slot> freeSlots(Availability availability, ZoneId zone, Duration length, Instant from,
            Instant to, Instant notBefore, List<Busy> busy) {
        Instant earliest = from.isAfter(notBefore) ? from : notBefore;
        Duration buffer = Duration.ofMinutes(availability.bufferMinutes());
        Set<LocalDate> daysOff = new HashSet<>(availability.daysOff());
        List<Slot> slots = new ArrayList<>();
        // a day earlier than 'from' as well: its window may end after midnight local time ("24:00")
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(to.atZone(zone).toLocalDate());
                day = day.plusDays(1)) {
            if (daysOff.contains(day)) {
                continue;
            }
            for (Window window : availability.weekly()) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant windowEnd = ZonedDateTime.of(window.endOn(day), zone).toInstant();
                for (Instant start = ZonedDateTime.of(window.startOn(day), zone).toInstant();
                        !start.plus(length).isAfter(windowEnd); start = start.plus(length)) {
                    Instant end = start.plus(length);
                    if (!start.isBefore(earliest) && !end.isAfter(to) && isFree(start, end, buffer, busy)) {
                        slots.add(new Slot(availability.userId(), start, end));
                    }
                }
            }
        }
        slots.sort(java.util.Comparator.comparing(Slot::startsAt));
        return slots;
    }

    /** Whether {@code [start, end)} lies inside one of the member's windows on a day that is not off. */
    public static boolean withinAvailability(Availability availability, ZoneId zone, Instant start, Instant end) {
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
        for (LocalDate day = first; !day.isAfter(first.plusDays(1)); day = day.plusDays(1)) {
            if (availability.daysOff().contains(day)) {
                continue;
            }
            for (Window window : availability.weekly()) {
                if (window.day() == day.getDayOfWeek()
                        && !start.isBefore(ZonedDateTime.of(window.startOn(day), zone).toInstant())
                        && !end.isAfter(ZonedDateTime.of(window.endOn(day), zone).toInstant())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Half-open intervals, the buffer widening each booking on both sides. */
    public static boolean isFree(Instant start, Instant end, Duration buffer, List<Busy> busy) {
        for (Busy booked : busy) {
            if (start.isBefore(booked.end().plus(buffer)) && booked.start().minus(buffer).isBefore(end)) {
                return false;
            }
        }
        return true;
    }
}
