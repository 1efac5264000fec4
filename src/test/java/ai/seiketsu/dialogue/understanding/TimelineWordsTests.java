package ai.seiketsu.dialogue.understanding;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.seiketsu.leads.Timeline;

import static org.assertj.core.api.Assertions.assertThat;

/** Timelines counted from Thursday 26 November 2026. */
class TimelineWordsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "asap                                    | NOW",
            "as soon as possible                     | NOW",
            "we need something right away            | NOW",
            "immediately                             | NOW",
            "this month                              | NOW",
            "in two weeks                            | NOW",
            "in a few weeks                          | NOW",
            "by the end of the month                 | NOW",
            "next month                              | ONE_TO_THREE_MONTHS",
            "in a month or two                       | ONE_TO_THREE_MONTHS",
            "in a couple of months                   | ONE_TO_THREE_MONTHS",
            "within 3 months                         | ONE_TO_THREE_MONTHS",
            "by the end of the year                  | ONE_TO_THREE_MONTHS",
            "in january                              | ONE_TO_THREE_MONTHS",
            "in the spring                           | THREE_TO_SIX_MONTHS",
            "by march                                | THREE_TO_SIX_MONTHS",
            "in 3-6 months                           | THREE_TO_SIX_MONTHS",
            "in about six months                     | THREE_TO_SIX_MONTHS",
            "our lease is up in late april           | THREE_TO_SIX_MONTHS",
            "by june                                 | LATER",
            "next summer                             | LATER",
            "next year                               | LATER",
            "in a year or so                         | LATER",
            "a year from now                         | LATER",
            "no rush, just looking                   | LATER",
            "I'm not in a rush, we're just looking right now | LATER",
            "no rush but maybe in the spring         | THREE_TO_SIX_MONTHS",
            "this november                           | NOW",
            "this winter                             | NOW",
    })
    void bucketsWhenTheCallerMeansToMove(String text, Timeline timeline) {
        assertThat(find(text, Fixtures.context())).isEqualTo(timeline);
    }

    @ParameterizedTest
    @ValueSource(strings = { "we've been looking for six months", "I bought it two years ago",
            "twenty two hundred a month", "three months", "tomorrow", "I may want a garage", "a march on main" })
    void readsNoPlanFromOtherTimeWords(String text) {
        assertThat(find(text, Fixtures.context())).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "not sure          | UNKNOWN",
            "I don't know yet  | UNKNOWN",
            "tomorrow          | NOW",
            "this weekend      | NOW",
            "three months      | ONE_TO_THREE_MONTHS",
            "the spring        | THREE_TO_SIX_MONTHS",
            "summer            | LATER",
    })
    void readsBareAnswersWhenTimingWasAsked(String text, Timeline timeline) {
        assertThat(find(text, Fixtures.context().asking(Slot.TIMELINE))).isEqualTo(timeline);
    }

    @Test
    void countsFromTodayInTheTenantsZone() {
        Context january = Context.at(LocalDate.of(2027, 1, 15).atTime(9, 0).atZone(Fixtures.ZONE), Gazetteer.EMPTY);
        Context april = Context.at(LocalDate.of(2027, 4, 10).atTime(9, 0).atZone(Fixtures.ZONE), Gazetteer.EMPTY);

        assertThat(find("in the spring", january)).isEqualTo(Timeline.ONE_TO_THREE_MONTHS);
        assertThat(find("in the spring", april)).isEqualTo(Timeline.NOW);
        assertThat(find("next spring", april)).isEqualTo(Timeline.LATER);
        assertThat(find("by march", january)).isEqualTo(Timeline.ONE_TO_THREE_MONTHS);
    }

    @Test
    void bucketsByDays() {
        assertThat(TimelineWords.bucket(29)).isEqualTo(Timeline.NOW);
        assertThat(TimelineWords.bucket(30)).isEqualTo(Timeline.ONE_TO_THREE_MONTHS);
        assertThat(TimelineWords.bucket(92)).isEqualTo(Timeline.ONE_TO_THREE_MONTHS);
        assertThat(TimelineWords.bucket(93)).isEqualTo(Timeline.THREE_TO_SIX_MONTHS);
        assertThat(TimelineWords.bucket(183)).isEqualTo(Timeline.THREE_TO_SIX_MONTHS);
        assertThat(TimelineWords.bucket(184)).isEqualTo(Timeline.LATER);
    }

    private static @Nullable Timeline find(String text, Context context) {
        Found<Timeline> found = TimelineWords.find(Utterance.of(text), new Claims(), context);
        return found == null ? null : found.value();
    }
}
