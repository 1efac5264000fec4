package ai.seiketsu.dialogue.understanding;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Timeline;

/**
 * When the caller means to move, counted from today in the tenant's zone and put in the lead's buckets: less than
 * 30 days is {@code NOW}, up to 92 days {@code ONE_TO_THREE_MONTHS}, up to 183 days {@code THREE_TO_SIX_MONTHS},
 * later {@code LATER}.
 * <ul>
 * <li>"asap", "right away", "immediately", "this month" are {@code NOW}; "next month" is
 * {@code ONE_TO_THREE_MONTHS}; "next year" is {@code LATER} (whatever the date: callers mean some time next
 * year);</li>
 * <li>durations after "in", "within", "about", "the next" and the like: "in two weeks", "within 6 months", "in a
 * couple of months", "in three to six months" (the longer end counts), "a year from now"; bare ("three months") only
 * when the agent asked; not "for six months" or "two years ago", which are not plans;</li>
 * <li>months and seasons, from their first day (their 15th after "mid", their last after "late"/"end of"): "by
 * June", "in the spring", "this summer", "next fall", "end of the year". Seasons are the northern hemisphere's
 * meteorological ones (spring from 1 March, summer 1 June, fall 1 September, winter 1 December), as the
 * agencies are in the US; the season or month we are in is {@code NOW};</li>
 * <li>vaguer words, used only when nothing more precise was said: "no rush", "just looking", "eventually" are
 * {@code LATER}; "not sure" is {@code UNKNOWN} when the agent asked about timing; so are "today", "tomorrow", "this
 * weekend", "next week" ({@code NOW}), which otherwise are times for a showing.</li>
 * </ul>
 */
final class TimelineWords {

    private static final Map<Timeline, Phrases> FIXED = Map.of(
            Timeline.NOW, Phrases.of("asap", "a s a p", "as soon as (?:possible|i can|we can|we're able)",
                    "right away", "immediately", "urgent(?:ly)?", "this month",
                    "end of (?:the|this) month", "yesterday"),
            Timeline.ONE_TO_THREE_MONTHS, Phrases.of("next month"),
            Timeline.LATER, Phrases.of("next year"));
    private static final Phrases ASKED_NOW = Phrases.of("today", "tomorrow", "this week", "this weekend",
            "next week");
    private static final Phrases VAGUE = Phrases.of("no rush", "no hurry", "not in (?:a|any) (?:rush|hurry)",
            "just (?:looking|browsing|starting)", "eventually", "some ?day", "down the road", "a while",
            "long term", "not any ?time soon", "next few years");
    private static final Phrases UNSURE = Phrases.of("not sure", "don't know", "no idea", "undecided", "depends",
            "whenever", "not certain");
    private static final Phrases END_OF_YEAR = Phrases.of("(?:the )?end of (?:the |this )?year", "this year",
            "later this year");
    private static final Set<String> MONTH_LEADS = Set.of("in", "by", "before", "around", "until", "till", "this",
            "next", "early", "mid", "late", "over", "during");
    private static final Set<String> PARTS_OF_A_MONTH = Set.of("beginning", "start", "middle", "end");
    private static final Set<String> DURATION_LEADS = Set.of("in", "within", "next", "about", "around", "roughly",
            "approximately", "another", "like", "maybe", "probably", "say", "than", "under", "over");
    private static final Set<String> NOT_A_PLAN = Set.of("for", "been", "past", "last", "every", "each");
    private static final Map<String, Month> SEASONS = Map.of("spring", Month.MARCH, "summer", Month.JUNE, "fall",
            Month.SEPTEMBER, "autumn", Month.SEPTEMBER, "winter", Month.DECEMBER);
    private static final Map<String, Integer> UNIT_DAYS = Map.of("day", 1, "days", 1, "week", 7, "weeks", 7,
            "month", 30, "months", 30, "year", 365, "years", 365);
    private static final Map<String, Month> MONTHS = Arrays.stream(Month.values())
            .collect(Collectors.toUnmodifiableMap(month -> month.name().toLowerCase(Locale.ROOT), month -> month));
    private static final Map<String, Integer> VAGUE_QUANTITIES = Map.of("couple", 2, "few", 3, "several", 4);

    private TimelineWords() {
    }

    static @Nullable Found<Timeline> find(Utterance utterance, Claims claims, Context context) {
        List<Found<Timeline>> precise = new ArrayList<>();
        Found<Timeline> fixed = Phrases.earliest(utterance, FIXED);
        if (fixed != null) {
            precise.add(fixed);
        }
        LocalDate today = context.today();
        for (int i = 0; i < utterance.size(); i++) {
            Found<Timeline> found = claims.isFree(i) ? duration(utterance, claims, i, today,
                    context.asked() == Slot.TIMELINE) : null;
            if (found == null && claims.isFree(i)) {
                found = monthOrSeason(utterance, context, i);
            }
            if (found != null) {
                precise.add(found);
                i = found.end() - 1;
            }
        }
        Found<String> endOfYear = END_OF_YEAR.first(utterance);
        if (endOfYear != null) {
            precise.add(bucketed(today, LocalDate.of(today.getYear(), 12, 31), endOfYear));
        }
        if (!precise.isEmpty()) {
            return precise.stream().min(Comparator.comparingInt(Found::start)).orElseThrow();
        }
        return vague(utterance, context);
    }

    private static @Nullable Found<Timeline> vague(Utterance utterance, Context context) {
        boolean asked = context.asked() == Slot.TIMELINE;
        Found<String> found = asked ? ASKED_NOW.first(utterance) : null;
        if (found != null) {
            return new Found<>(Timeline.NOW, found.start(), found.end());
        }
        found = VAGUE.first(utterance);
        if (found != null) {
            return new Found<>(Timeline.LATER, found.start(), found.end());
        }
        found = asked ? UNSURE.first(utterance) : null;
        return found == null ? null : new Found<>(Timeline.UNKNOWN, found.start(), found.end());
    }

    /** "in two weeks", "within 6 months", "a couple of months", "three to six months", "a year from now". */
    private static @Nullable Found<Timeline> duration(Utterance utterance, Claims claims, int start, LocalDate today,
            boolean asked) {
        Found<Integer> quantity = quantity(utterance, claims, start);
        if (quantity == null || NOT_A_PLAN.contains(utterance.word(start - 1))
                || NOT_A_PLAN.contains(utterance.word(start - 2)) && utterance.word(start - 1).equals("the")) {
            return null;
        }
        int end = quantity.end();
        int count = quantity.value();
        String joiner = utterance.word(end);
        Found<Integer> upper = joiner.equals("to") || joiner.equals("or") ? quantity(utterance, claims, end + 1)
                : null;
        if (upper != null) {
            count = Math.max(count, upper.value());
            end = upper.end();
        }
        Integer days = UNIT_DAYS.get(utterance.word(end));
        String after = utterance.word(end + 1);
        boolean led = DURATION_LEADS.contains(utterance.word(start - 1))
                || after.equals("from") && utterance.word(end + 2).equals("now") || asked;
        if (days == null || !led || after.equals("ago") || after.equals("old")) {
            return null;
        }
        Found<Integer> span = new Found<>(count, start, end + 1);
        return bucketed(today, today.plusDays((long) count * days), span);
    }

    private static @Nullable Found<Integer> quantity(Utterance utterance, Claims claims, int start) {
        String word = utterance.word(start);
        int skip = word.equals("a") || word.equals("an") ? 1 : 0;
        Integer vague = VAGUE_QUANTITIES.get(utterance.word(start + skip));
        if (vague != null) {
            int end = start + skip + 1;
            return new Found<>(vague, start, utterance.word(end).equals("of") ? end + 1 : end);
        }
        if (skip == 1 && UNIT_DAYS.containsKey(utterance.word(start + 1))) {
            return new Found<>(1, start, start + 1);
        }
        NumberWords.Reading reading = NumberWords.read(utterance, claims, start);
        return reading == null || !reading.whole() || reading.value().intValue() > 120 ? null
                : new Found<>(reading.value().intValue(), start, reading.end());
    }

    /** "by June", "in the spring", "late summer", "end of March", "next fall". */
    private static @Nullable Found<Timeline> monthOrSeason(Utterance utterance, Context context, int index) {
        String word = utterance.word(index);
        Month season = SEASONS.get(word.endsWith("time") ? word.substring(0, word.length() - 4) : word);
        Month month = season == null ? MONTHS.get(word) : null;
        String lead = utterance.word(index - 1).equals("the") ? utterance.word(index - 2) : utterance.word(index - 1);
        boolean led = MONTH_LEADS.contains(lead)
                || lead.equals("of") && PARTS_OF_A_MONTH.contains(utterance.word(index - 2));
        if (season == null && month == null || !led && !(season != null && context.asked() == Slot.TIMELINE)) {
            return null;
        }
        boolean next = lead.equals("next");
        LocalDate today = context.today();
        LocalDate date = season != null ? seasonStart(season, today, next) : monthStart(month, today, next);
        int start = led ? index - (utterance.word(index - 1).equals("the") ? 2 : 1) : index;
        return bucketed(today, within(date, utterance.word(start - 1), lead, season != null, today),
                new Found<>(word, start, index + 1));
    }

    private static LocalDate monthStart(Month month, LocalDate today, boolean next) {
        if (month == today.getMonth() && !next) {
            return today;
        }
        LocalDate first = today.withDayOfMonth(1).withMonth(month.getValue());
        return first.isAfter(today) ? first : first.plusYears(1);
    }

    private static LocalDate seasonStart(Month start, LocalDate today, boolean next) {
        boolean current = (today.getMonthValue() - start.getValue() + 12) % 12 < 3;
        if (current && !next) {
            return today;
        }
        LocalDate first = LocalDate.of(today.getYear(), start, 1);
        return first.isAfter(today) ? first : first.plusYears(1);
    }

    /** Moves a month's or season's start to its middle or end for "mid", "late" and "end of". */
    private static LocalDate within(LocalDate start, String before, String lead, boolean season, LocalDate today) {
        if (start.equals(today)) {
            return start;
        }
        boolean middle = lead.equals("mid") || lead.equals("of") && before.equals("middle");
        boolean late = lead.equals("late") || lead.equals("of") && before.equals("end");
        if (season) {
            return start.plusMonths(middle ? 1 : late ? 2 : 0);
        }
        return middle ? start.withDayOfMonth(15) : late ? start.withDayOfMonth(start.lengthOfMonth()) : start;
    }


    private static <T> Found<Timeline> bucketed(LocalDate today, LocalDate when, Found<T> span) {
        return new Found<>(bucket(ChronoUnit.DAYS.between(today, when)), span.start(), span.end());
    }

    static Timeline bucket(long days) {
        if (days < 30) {
            return Timeline.NOW;
        }
        if (days <= 92) {
            return Timeline.ONE_TO_THREE_MONTHS;
        }
        return days <= 183 ? Timeline.THREE_TO_SIX_MONTHS : Timeline.LATER;
    }
}
