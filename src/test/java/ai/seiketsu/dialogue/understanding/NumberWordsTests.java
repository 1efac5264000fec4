package ai.seiketsu.dialogue.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "zero                                        | 0",
            "seven                                       | 7",
            "fifteen                                     | 15",
            "forty two                                   | 42",
            "a hundred                                   | 100",
            "one hundred and five                        | 105",
            "two hundred fifty                           | 250",
            "twenty two hundred                          | 2200",
            "fifteen hundred                             | 1500",
            "four fifty                                  | 450",
            "four fifty five                             | 455",
            "twelve fifty                                | 1250",
            "twenty two fifty                            | 2250",
            "nineteen ninety nine                        | 1999",
            "nine oh five                                | 905",
            "a thousand                                  | 1000",
            "two thousand five hundred                   | 2500",
            "two hundred and fifty thousand              | 250000",
            "five hundred thousand                       | 500000",
            "four hundred fifty two thousand three hundred | 452300",
            "a million                                   | 1000000",
            "two million three hundred thousand          | 2300000",
            "half a million                              | 500000",
            "a half million                              | 500000",
            "a quarter million                           | 250000",
            "a million and a half                        | 1500000",
            "two and a half million                      | 2500000",
            "one point two million                       | 1200000",
            "one point two five million                  | 1250000",
            "1.2 million                                 | 1200000",
            "1.25m                                       | 1250000",
            "500k                                        | 500000",
            "500 grand                                   | 500000",
            "four fifty k                                | 450000",
            "1,200,000                                   | 1200000",
            "1,250                                       | 1250",
            "2 hundred                                   | 200",
    })
    void readsNumbersAsPeopleSayAndWriteThem(String text, long value) {
        assertThat(NumberWords.parse(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "five one two", "two and a half", "a", "half", "hundred thousand thousand", "three two",
            "bedrooms", "", "10:30", "four hundred and five hundred" })
    void refusesWhatIsNotOneWholeNumber(String text) {
        assertThat(NumberWords.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads {1} words")
    @CsvSource(delimiter = '|', value = {
            "five one two                     | 1",
            "four hundred and five hundred    | 2",
            "two hundred and three sixty      | 2",
            "two hundred and three            | 4",
            "three bed two bath               | 1",
            "two and a half baths             | 4",
            "five hundred thousand and two    | 3",
            "between four and five            | 0",
    })
    void stopsWhereTheNumberEnds(String text, int words) {
        Utterance utterance = Utterance.of(text);
        NumberWords.Reading reading = NumberWords.read(utterance.words(), 0, utterance.size());

        assertThat(reading == null ? 0 : reading.end()).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} has scales {1}")
    @CsvSource(delimiter = '|', value = {
            "five hundred thousand     | 100000;1000",
            "400k                      | 1000",
            "two hundred fifty thousand | 1000",
            "1.2 million               | 1000000",
            "five hundred              | 100",
            "four fifty                | ''",
    })
    void tellsTheScaleItsLastWordsMake(String text, String scales) {
        Utterance utterance = Utterance.of(text);
        NumberWords.Reading reading = NumberWords.read(utterance.words(), 0, utterance.size());

        assertThat(reading).isNotNull();
        assertThat(String.join(";", reading.scales().stream().map(String::valueOf).toList())).isEqualTo(scales);
    }
}
