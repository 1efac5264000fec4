package ai.seiketsu.dialogue.understanding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The day or days the caller named, counted from today: "today", "tonight", "this afternoon", "tomorrow", "the day
 * after tomorrow";
 * a weekday ("Saturday", "this Saturday", "on Sat" are the nearest one from today on; "next Saturday" the nearest
 * after today); "this weekend" (the coming Saturday and Sunday, or what is left of the current one) and "next
 * weekend" (the one after); "this week", "next week" (Monday to Sunday); a date ("the 14th", "the fourteenth",
 * "June 14th", "14th of June", "on 6/14"), in this month or year when still ahead, else the next.
 */
final class DayWords {

    /** From {@code first} to {@code last}, both included; {@code weekday} when named by a weekday. */
    record Days(LocalDate first, LocalDate last, boolean weekday) {

        static Days of(LocalDate day) {
            return new Days(day, day, false);
        }
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Set<String> WEEKDAY_LEADS = Set.of("this", "coming", "on", "next");
    private static final Set<String> PARTS_OF_TODAY = Set.of("morning", "afternoon", "evening");
    private static final Set<String> SUFFIXES = Set.of("th", "st", "nd", "rd");
    private static final Set<String> DAY_LEADS = Set.of("on", "for", "by", "until", "till", "before", "after");
    private static final Set<String> DAY_FOLLOWERS = Set.of("at", "around", "about", "in", "or", "and", "works",
            "would", "is", "morning", "afternoon", "evening", "please", "then", "if", "maybe", "good", "fine", "ok",
            "okay", "could", "between", "from", "after", "before", "any", "sometime", "that", "this", "too");
    private static final Set<String> NOT_A_DAY = Set.of("street", "st", "avenue", "ave", "floor", "grade", "one",
            "ones", "house", "home", "place", "option", "time", "bedroom", "bathroom", "listing", "property");

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            WEEKDAYS.put(name, day);
            WEEKDAYS.put(name.substring(0, 3), day);
        }
        WEEKDAYS.remove("sun"); // the sun room, the sun: "Sunday" is said in full
        WEEKDAYS.putAll(Map.of("tues", DayOfWeek.TUESDAY, "weds", DayOfWeek.WEDNESDAY, "thur", DayOfWeek.THURSDAY,
                "thurs", DayOfWeek.THURSDAY));
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        String[] ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth" };
        for (int i = 0; i < ordinals.length; i++) {
            ORDINALS.put(ordinals[i], i + 1);
        }
        ORDINALS.put("thirtieth", 30);
    }

    private DayWords() {
    }

    static @Nullable Found<Days> find(Utterance utterance, Claims claims, LocalDate today) {
        for (int i = 0; i < utterance.size(); i++) {
            if (!claims.isFree(i)) {
                continue;
            }
            Found<Days> found = relative(utterance, i, today);
            if (found == null) {
                found = weekday(utterance, claims, i, today);
            }
            if (found == null) {
                found = week(utterance, i, today);
            }
            if (found == null) {
                found = date(utterance, claims, i, today);
            }
            if (found != null && claims.isFree(found.start(), found.end())) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable Found<Days> relative(Utterance utterance, int i, LocalDate today) {
        return switch (utterance.word(i)) {
            case "today", "tonight" -> new Found<>(Days.of(today), i, i + 1);
            case "this" -> PARTS_OF_TODAY.contains(utterance.word(i + 1)) ? new Found<>(Days.of(today), i, i + 1)
                    : null;
            case "tomorrow", "tmrw", "tmr" -> new Found<>(Days.of(today.plusDays(1)), i, i + 1);
            case "day" -> utterance.word(i + 1).equals("after") && utterance.word(i + 2).equals("tomorrow")
                    ? new Found<>(Days.of(today.plusDays(2)), i - (utterance.word(i - 1).equals("the") ? 1 : 0), i + 3)
                    : null;
            default -> null;
        };
    }

    /** "Saturday", "next Tuesday"; "Friday the 4th" is the 4th. */
    private static @Nullable Found<Days> weekday(Utterance utterance, Claims claims, int i, LocalDate today) {
        DayOfWeek day = WEEKDAYS.get(utterance.word(i));
        if (day == null) {
            return null;
        }
        Found<Days> dated = i + 1 < utterance.size() ? date(utterance, claims, i + 1, today) : null;
        if (dated != null) {
            return new Found<>(dated.value(), i, dated.end());
        }
        String lead = utterance.word(i - 1);
        LocalDate date = today.with(lead.equals("next") ? TemporalAdjusters.next(day)
                : TemporalAdjusters.nextOrSame(day));
        int start = WEEKDAY_LEADS.contains(lead) ? i - 1 : i;
        start -= utterance.word(start - 1).equals("this") && lead.equals("coming") ? 1 : 0;
        return new Found<>(new Days(date, date, true), start, i + 1);
    }

    /** "this weekend", "next weekend", "this week", "next week". */
    private static @Nullable Found<Days> week(Utterance utterance, int i, LocalDate today) {
        String word = utterance.word(i);
        String lead = utterance.word(i - 1);
        boolean next = lead.equals("next");
        int start = next || lead.equals("this") || lead.equals("the") ? i - 1 : i;
        if (word.equals("weekend")) {
            LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
                    : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            if (next) {
                return new Found<>(new Days(saturday.plusDays(7), saturday.plusDays(8), false), start, i + 1);
            }
            LocalDate first = saturday.isBefore(today) ? today : saturday;
            return new Found<>(new Days(first, saturday.plusDays(1), false), start, i + 1);
        }
        if (word.equals("week") && (next || lead.equals("this"))) {
            LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            Days days = next ? new Days(monday, monday.plusDays(6), false)
                    : new Days(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), false);
            return new Found<>(days, start, i + 1);
        }
        return null;
    }

    /** "June 14th", "june fourteen", "the 14th of June", "the 14th", "on 6/14". */
    private static @Nullable Found<Days> date(Utterance utterance, Claims claims, int i, LocalDate today) {
        Month month = MONTHS.get(utterance.word(i));
        if (month != null) {
            int at = utterance.word(i + 1).equals("the") ? i + 2 : i + 1;
            Found<Integer> day = dayNumber(utterance, claims, at, true);
            return day == null ? null : inYear(today, month, day.value(), i, day.end());
        }
        if (utterance.word(i).indexOf('/') > 0) {
            return slashed(utterance, i, today);
        }
        boolean the = utterance.word(i).equals("the");
        Found<Integer> day = dayNumber(utterance, claims, the ? i + 1 : i, false);
        if (day == null || !the && !SUFFIXES.contains(utterance.word(day.end() - 1))) {
            return null; // "the fourteenth" or "14th", not a bare "fourteen"
        }
        Month named = utterance.word(day.end()).equals("of") ? MONTHS.get(utterance.word(day.end() + 1)) : null;
        if (named != null) {
            return inYear(today, named, day.value(), i, day.end() + 2);
        }
        return isDayOfMonth(utterance, i, day.end()) ? inMonth(today, day.value(), i, day.end()) : null;
    }

    /**
     * Whether "the second" or "5th" is a day: said after "on", "for", "by" and the like, or followed by a time,
     * nothing, or a word that goes with a day; not "the second one", "5th street".
     */
    private static boolean isDayOfMonth(Utterance utterance, int start, int end) {
        String next = utterance.word(end);
        if (NOT_A_DAY.contains(next)) {
            return false;
        }
        return DAY_LEADS.contains(utterance.word(start - 1)) || DAY_FOLLOWERS.contains(next) || next.isEmpty()
                || utterance.breakAfter(end - 1) || !Character.isLetter(next.charAt(0));
    }

    /** A day of the month: "14th", "fourteenth", "twenty first", and after a month name also "14" or "fourteen". */
    private static @Nullable Found<Integer> dayNumber(Utterance utterance, Claims claims, int i, boolean cardinal) {
        if (!claims.isFree(i) || i >= utterance.size()) {
            return null;
        }
        String word = utterance.word(i);
        Integer ordinal = ORDINALS.get(word);
        if (ordinal != null) {
            return new Found<>(ordinal, i, i + 1);
        }
        int tens = word.equals("twenty") ? 20 : word.equals("thirty") ? 30 : 0;
        Integer unit = ORDINALS.get(utterance.word(i + 1));
        if (tens > 0 && unit != null && unit < 10) {
            return new Found<>(tens + unit, i, i + 2);
        }
        NumberWords.Reading reading = NumberWords.read(utterance, claims, i);
        if (reading == null || !reading.whole() || reading.value().intValue() < 1
                || reading.value().intValue() > 31) {
            return null;
        }
        boolean suffixed = NumberWords.isDigits(word) && SUFFIXES.contains(utterance.word(reading.end()));
        if (!suffixed && !cardinal) {
            return null;
        }
        return new Found<>(reading.value().intValue(), i, reading.end() + (suffixed ? 1 : 0));
    }

    private static @Nullable Found<Days> slashed(Utterance utterance, int i, LocalDate today) {
        String[] parts = utterance.word(i).split("/");
        boolean dated = utterance.word(i - 1).equals("on") || utterance.word(i + 1).equals("at");
        if (!dated || parts.length > 3 || parts[0].length() > 2 || parts[1].length() > 2) {
            return null;
        }
        try {
            Month month = Month.of(Integer.parseInt(parts[0]));
            return inYear(today, month, Integer.parseInt(parts[1]), i, i + 1);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Found<Days> inYear(LocalDate today, Month month, int day, int start, int end) {
        if (day > month.maxLength()) {
            return null;
        }
        for (int year = today.getYear(); year <= today.getYear() + 4; year++) {
            if (day <= month.length(Year.isLeap(year))) {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isBefore(today)) {
                    return new Found<>(Days.of(date), start, end);
                }
            }
        }
        return null;
    }

    private static @Nullable Found<Days> inMonth(LocalDate today, int day, int start, int end) {
        LocalDate month = today.withDayOfMonth(1);
        for (int ahead = 0; ahead < 3; ahead++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
                return new Found<>(Days.of(month.withDayOfMonth(day)), start, end);
            }
        }
        return null;
    }
}
