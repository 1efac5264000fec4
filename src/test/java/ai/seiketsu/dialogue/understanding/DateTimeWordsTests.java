package ai.seiketsu.dialogue.understanding;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Days and times counted from Thursday 26 November 2026, 10:00 in Austin. */
class DateTimeWordsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "can I see it Saturday at two            | 2026-11-28T14:00",
            "saturday at 2                           | 2026-11-28T14:00",
            "at two on saturday                      | 2026-11-28T14:00",
            "this saturday at two pm                 | 2026-11-28T14:00",
            "saturday two thirty                     | 2026-11-28T14:30",
            "saturday around 3                       | 2026-11-28T15:00",
            "saturday at seven                       | 2026-11-28T19:00",
            "saturday at eight                       | 2026-11-28T08:00",
            "saturday at twelve                      | 2026-11-28T12:00",
            "seven in the morning on saturday        | 2026-11-28T07:00",
            "this weekend at ten                     | 2026-11-28T10:00",
            "tomorrow at ten thirty                  | 2026-11-27T10:30",
            "at 2pm tomorrow                         | 2026-11-27T14:00",
            "tomorrow at two thirty p m              | 2026-11-27T14:30",
            "thursday at four                        | 2026-11-26T16:00",
            "thursday at nine                        | 2026-12-03T09:00",
            "tonight at seven                        | 2026-11-26T19:00",
            "the 14th at 10:30                       | 2026-12-14T10:30",
            "the day after tomorrow at 11            | 2026-11-28T11:00",
            "on the 2nd at noon                      | 2026-12-02T12:00",
            "june 14th at ten thirty                 | 2027-06-14T10:30",
            "half past two on friday                 | 2026-11-27T14:30",
            "quarter to three on monday              | 2026-11-30T14:45",
            "7pm on wednesday                        | 2026-12-02T19:00",
            "at 10am on 12/3                         | 2026-12-03T10:00",
            "next tuesday at eleven am               | 2026-12-01T11:00",
            "monday at three o'clock                 | 2026-11-30T15:00",
            "friday at one oh five                   | 2026-11-27T13:05",
            "at four on the 30th                     | 2026-11-30T16:00",
            "at four 30th                            | 2026-11-30T16:00",
    })
    void readsAnExactTime(String text, LocalDateTime at) {
        When when = find(text, Fixtures.context());

        assertThat(when).isNotNull();
        assertThat(when.exact()).isTrue();
        assertThat(when.start()).isEqualTo(at.atZone(Fixtures.ZONE));
    }

    @ParameterizedTest(name = "{0} -> {1} .. {2}")
    @CsvSource(delimiter = '|', value = {
            "tomorrow morning                 | 2026-11-27T08:00 | 2026-11-27T12:00",
            "next Tuesday afternoon           | 2026-12-01T12:00 | 2026-12-01T17:00",
            "this afternoon                   | 2026-11-26T12:00 | 2026-11-26T17:00",
            "this morning                     | 2026-11-26T08:00 | 2026-11-26T12:00",
            "in the morning                   | 2026-11-27T08:00 | 2026-11-27T12:00",
            "monday after work                | 2026-11-30T17:00 | 2026-11-30T20:00",
            "saturday evening                 | 2026-11-28T17:00 | 2026-11-28T20:00",
            "this weekend                     | 2026-11-28T00:00 | 2026-11-30T00:00",
            "over the weekend                 | 2026-11-28T00:00 | 2026-11-30T00:00",
            "next weekend                     | 2026-12-05T00:00 | 2026-12-07T00:00",
            "sometime next week               | 2026-11-30T00:00 | 2026-12-07T00:00",
            "sunday                           | 2026-11-29T00:00 | 2026-11-30T00:00",
            "the fourteenth of december       | 2026-12-14T00:00 | 2026-12-15T00:00",
            "friday the 4th                   | 2026-12-04T00:00 | 2026-12-05T00:00",
            "on the 3rd                       | 2026-12-03T00:00 | 2026-12-04T00:00",
            "the 30th                         | 2026-11-30T00:00 | 2026-12-01T00:00",
            "can we do saturday around two thousand | 2026-11-28T00:00 | 2026-11-29T00:00",
    })
    void readsAWindowToLookForFreeSlotsIn(String text, LocalDateTime start, LocalDateTime end) {
        When when = find(text, Fixtures.context());

        assertThat(when).isNotNull();
        assertThat(when.start()).isEqualTo(start.atZone(Fixtures.ZONE));
        assertThat(when.end()).isEqualTo(end.atZone(Fixtures.ZONE));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "at two          | 2026-11-26T14:00",
            "two thirty      | 2026-11-26T14:30",
            "at nine         | 2026-11-27T09:00",
            "eleven          | 2026-11-26T11:00",
    })
    void readsABareTimeWhenATimeWasAsked(String text, LocalDateTime at) {
        When when = find(text, Fixtures.context().asking(Slot.TIME));

        assertThat(when).isNotNull();
        assertThat(when.start()).isEqualTo(at.atZone(Fixtures.ZONE));
    }

    @ParameterizedTest
    @ValueSource(strings = { "we're moving at two", "I have two kids", "is the second one still available",
            "I live on 5th street", "my budget is four fifty", "at two", "wait a second" })
    void readsNoTimeWithoutASignOfOne(String text) {
        assertThat(find(text, Fixtures.context())).isNull();
    }

    private static @Nullable When find(String text, Context context) {
        Found<When> found = DateTimeWords.find(Utterance.of(text), new Claims(), context);
        return found == null ? null : found.value();
    }
}
