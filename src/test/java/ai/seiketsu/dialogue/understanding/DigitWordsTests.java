package ai.seiketsu.dialogue.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DigitWordsTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "five one two                       | 512",
            "oh one four two                    | 0142",
            "zero one four two                  | 0142",
            "double five                        | 55",
            "triple two                         | 222",
            "fifty five fifty five              | 5555",
            "oh one forty two                   | 0142",
            "forty                              | 40",
            "eight hundred                      | 800",
            "fifteen hundred                    | 1500",
            "two thousand                       | 2000",
            "512 555 0142                       | 5125550142",
            "five one two dash five five five   | 512555",
            "seven eight seven oh one           | 78701",
    })
    void stringsDigitGroupsTogether(String text, String digits) {
        Utterance utterance = Utterance.of(text);
        DigitWords.Run run = DigitWords.read(utterance.words(), 0, utterance.size());

        assertThat(run).isNotNull();
        assertThat(run.digits()).isEqualTo(digits);
        assertThat(run.end()).isEqualTo(utterance.size());
    }

    @Test
    void tellsWhereACountOfDigitsWasReached() {
        Utterance utterance = Utterance.of("seven eight seven oh one two bedrooms");
        DigitWords.Run run = DigitWords.read(utterance.words(), 0, utterance.size());

        assertThat(run.digits()).isEqualTo("787012");
        assertThat(run.endAfter(5)).isEqualTo(5);
        assertThat(run.end()).isEqualTo(6);
        assertThat(run.endAfter(4)).isEqualTo(4);
    }

    @Test
    void readsNoDigitsFromWords() {
        Utterance utterance = Utterance.of("my number is");

        assertThat(DigitWords.read(utterance.words(), 0, utterance.size())).isNull();
    }
}
