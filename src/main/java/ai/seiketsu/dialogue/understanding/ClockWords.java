package ai.seiketsu.dialogue.understanding;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Times of day: "at two", "two thirty", "10:30", "2pm", "two p m", "ten in the morning", "half past two", "quarter
 * to three", "three o'clock", "noon"; and parts of a day: "morning" (8:00-12:00), "afternoon" (12:00-17:00),
 * "evening", "tonight", "after work" (17:00-20:00).
 *
 * <p><b>Morning or afternoon.</b> Showings happen in business hours, so an hour said without "am", "pm" or a part
 * of the day is read as the one between 8:00 and 19:59: "at two" is 14:00, "at seven" 19:00, "at eight" 8:00,
 * "at eleven" 11:00, "at twelve" noon. A part of the day decides when said ("seven in the morning" is 7:00, "ten
 * tonight" 22:00), and so do "am" and "pm"; hours 13 to 23 are taken as they are ("14:00").
 *
 * <p>A bare number is a time only with a sign that it is one: "am"/"pm", "o'clock", a colon, "half past",
 * "quarter to"; or "at", "around" or a day or part of a day right next to it ("Saturday at two", "tomorrow
 * around ten", "Saturday two thirty"); or the agent having asked for a time.
 */
final class ClockWords {

    /** Parts of a day, as windows in which to look for a free slot. */
    enum DayPart {
        MORNING(8, 12), AFTERNOON(12, 17), EVENING(17, 20);

        final LocalTime from;
        final LocalTime to;

        DayPart(int from, int to) {
            this.from = LocalTime.of(from, 0);
            this.to = LocalTime.of(to, 0);
        }
    }

    private static final Phrases PARTS_OF_DAY = Phrases.of("(?:early |late )?mornings?", "(?:early |late )?afternoons?",
            "(?:early |late )?evenings?", "tonight", "(?:at |in the )?night", "after work");
    private static final Set<String> LEADS = Set.of("at", "around", "about", "by", "after", "before", "say");
    private static final Set<String> NOON = Set.of("noon", "midday", "lunch", "lunchtime");
    private static final Map<String, Boolean> MERIDIEMS = Map.of("am", false, "pm", true);
    private static final Set<String> NOT_A_TIME = Set.of("thousand", "hundred", "k", "grand", "million", "m",
            "dollars", "bucks", "bed", "beds", "bedroom", "bedrooms", "bath", "baths", "bathroom", "bathrooms",
            "br", "bd", "ba", "percent", "people", "kids", "cars", "car", "acres", "days", "weeks", "months",
            "years", "minutes", "hours", "miles", "stories", "units", "th", "st", "nd", "rd", "times");
    private static final int NEAR = 3;
    private static final LocalTime BUSINESS_DAY_STARTS = LocalTime.of(8, 0);

    private ClockWords() {
    }

    /** The first part of a day said. */
    static @Nullable Found<DayPart> dayPart(Utterance utterance, Claims claims) {
        for (Found<String> found : PARTS_OF_DAY.all(utterance)) {
            if (claims.isFree(found.start(), found.end())) {
                String said = found.value();
                DayPart part = said.contains("morning") ? DayPart.MORNING
                        : said.contains("afternoon") ? DayPart.AFTERNOON : DayPart.EVENING;
                return new Found<>(part, found.start(), found.end());
            }
        }
        return null;
    }

    /**
     * The first time of day said, read with {@code part} (the part of the day said, if any) and taken when it
     * carries its own sign of being a time or sits within a few words of {@code near} (the day or the part of the
     * day); when the agent {@code asked} for a time, any hour is one.
     */
    static @Nullable Found<LocalTime> time(Utterance utterance, Claims claims, @Nullable Found<?> near,
            @Nullable Found<DayPart> part, boolean asked) {
        for (int i = 0; i < utterance.size(); i++) {
            if (!claims.isFree(i)) {
                continue;
            }
            boolean led = LEADS.contains(utterance.word(i));
            Found<Clock> clock = clock(utterance, claims, led ? i + 1 : i);
            if (clock == null) {
                continue;
            }
            int start = led ? i : clock.start();
            boolean close = near != null && Math.max(start - near.end(), near.start() - clock.end()) <= NEAR;
            if (clock.value().marked() || close || asked) {
                return new Found<>(clock.value().at(part), start, clock.end());
            }
            i = clock.end() - 1;
        }
        return null;
    }

    /** An hour and minutes as said, with whether they carry their own sign of being a time. */
    private record Clock(int hour, int minute, @Nullable Boolean afternoon, boolean marked) {

        LocalTime at(@Nullable Found<DayPart> part) {
            if (hour > 12) {
                return LocalTime.of(hour, minute);
            }
            boolean pm;
            if (afternoon != null) {
                pm = afternoon;
            } else if (part != null && (part.value() != DayPart.MORNING || hour >= 5)) {
                pm = part.value() != DayPart.MORNING;
            } else {
                pm = hour != 12 && LocalTime.of(hour, 0).isBefore(BUSINESS_DAY_STARTS);
            }
            return LocalTime.of(hour == 12 ? (pm || afternoon == null ? 12 : 0) : hour + (pm ? 12 : 0), minute);
        }
    }

    private static @Nullable Found<Clock> clock(Utterance utterance, Claims claims, int i) {
        if (i >= utterance.size() || !claims.isFree(i)) {
            return null;
        }
        Found<Clock> clock = said(utterance, i);
        return clock == null || NOT_A_TIME.contains(utterance.word(clock.end())) ? null : clock;
    }

    private static @Nullable Found<Clock> said(Utterance utterance, int i) {
        String word = utterance.word(i);
        if (NOON.contains(word)) {
            return new Found<>(new Clock(12, 0, true, true), i, i + 1);
        }
        Found<Clock> past = pastOrTo(utterance, i);
        if (past != null) {
            return withMeridiem(utterance, past);
        }
        int colon = word.indexOf(':');
        if (colon > 0) {
            int hour = Integer.parseInt(word.substring(0, colon));
            int minute = Integer.parseInt(word.substring(colon + 1));
            return hour < 24 && minute < 60
                    ? withMeridiem(utterance, new Found<>(new Clock(hour, minute, null, true), i, i + 1))
                    : null;
        }
        Integer hour = hour(word);
        if (hour == null) {
            return null;
        }
        boolean oClock = utterance.word(i + 1).equals("o'clock");
        Found<Integer> minutes = oClock ? null : minutes(utterance, i + 1, NumberWords.isDigits(word));
        int end = oClock ? i + 2 : minutes == null ? i + 1 : minutes.end();
        return withMeridiem(utterance,
                new Found<>(new Clock(hour, minutes == null ? 0 : minutes.value(), null, oClock), i, end));
    }

    /** "half past two", "quarter past ten", "quarter to three". */
    private static @Nullable Found<Clock> pastOrTo(Utterance utterance, int i) {
        String word = utterance.word(i);
        String relation = utterance.word(i + 1);
        int quarter = word.equals("half") ? 30 : word.equals("quarter") ? 15 : -1;
        Integer hour = hour(utterance.word(i + 2));
        if (quarter < 0 || hour == null || hour > 12) {
            return null;
        }
        if (relation.equals("past") || relation.equals("after")) {
            return new Found<>(new Clock(hour, quarter, null, true), i, i + 3);
        }
        if ((relation.equals("to") || relation.equals("of")) && quarter == 15) {
            return new Found<>(new Clock(hour == 1 ? 12 : hour - 1, 45, null, true), i, i + 3);
        }
        return null;
    }

    /** Adds an "am" or "pm" ("a m", "p m") that follows the time. */
    private static Found<Clock> withMeridiem(Utterance utterance, Found<Clock> found) {
        Clock clock = found.value();
        int end = found.end();
        String word = utterance.word(end);
        Boolean pm = MERIDIEMS.get(word);
        int words = 1;
        if (pm == null && (word.equals("a") || word.equals("p")) && utterance.word(end + 1).equals("m")) {
            pm = word.equals("p");
            words = 2;
        }
        if (pm == null || clock.hour() > 12) {
            return found;
        }
        return new Found<>(new Clock(clock.hour(), clock.minute(), pm, true), found.start(), end + words);
    }

    /** "thirty", "fifteen", "forty five", "oh five", and "30" after an hour written with digits ("2 30"). */
    private static @Nullable Found<Integer> minutes(Utterance utterance, int i, boolean written) {
        String word = utterance.word(i);
        if (word.equals("oh") || word.equals("o")) {
            Integer unit = NumberWords.UNITS.get(utterance.word(i + 1));
            return unit == null ? null : new Found<>(unit, i, i + 2);
        }
        if (written && NumberWords.isDigits(word) && word.length() == 2 && Integer.parseInt(word) < 60) {
            return new Found<>(Integer.parseInt(word), i, i + 1);
        }
        Integer teen = NumberWords.TEENS.get(word);
        if (teen != null) {
            return new Found<>(teen, i, i + 1);
        }
        Integer tens = NumberWords.TENS.get(word);
        if (tens == null || tens >= 60) {
            return null;
        }
        Integer unit = NumberWords.UNITS.get(utterance.word(i + 1));
        return unit == null ? new Found<>(tens, i, i + 1) : new Found<>(tens + unit, i, i + 2);
    }

    private static @Nullable Integer hour(String word) {
        Integer hour = NumberWords.UNITS.get(word);
        if (hour == null) {
            hour = switch (word) {
                case "ten" -> 10;
                case "eleven" -> 11;
                case "twelve" -> 12;
                default -> null;
            };
        }
        if (hour == null && NumberWords.isDigits(word) && word.length() <= 2) {
            int value = Integer.parseInt(word);
            hour = value <= 23 ? Integer.valueOf(value) : null;
        }
        return hour == null || hour == 0 && !NumberWords.isDigits(word) ? null : hour;
    }
}
