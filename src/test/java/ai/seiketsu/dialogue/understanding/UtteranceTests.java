package ai.seiketsu.dialogue.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UtteranceTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "$500k                          | $ 500 k",
            "3bd/2ba                        | 3 bd 2 ba",
            "$1,200,000                     | $ 1200000",
            "1.2 million                    | 1.2 million",
            "450-500k                       | 450 to 500 k",
            "$450k - $500k                  | $ 450 k to $ 500 k",
            "pre-approved                   | pre approved",
            "twenty-two hundred             | twenty two hundred",
            "maria.lopez at gmail.com       | maria dot lopez at gmail dot com",
            "Maria.Lopez@Gmail.com          | maria.lopez@gmail.com",
            "(512) 555-0142                 | 5125550142",
            "+1 512.555.0142                | 15125550142",
            "the 14th at 10:30              | the 14 th at 10:30",
            "at 2p.m. on 6/14               | at 2 pm on 6/14",
            "4+ beds                        | 4 plus beds",
            "Um, I dont know, uh, maybe     | i don't know maybe",
            "uh huh                         | yes",
            "It's O'Brien                   | it's o'brien",
            "$2,200/mo                      | $ 2200 mo",
            "maria_lopez                    | maria underscore lopez",
    })
    void normalisesSpokenAndTypedTextToTheSameWords(String text, String words) {
        assertThat(Utterance.of(text)).hasToString(words);
    }

    @Test
    void keepsTheTypedFormOfEachWord() {
        Utterance utterance = Utterance.of("I'm McDonald, budget $1,200,000.");

        assertThat(utterance.original(1)).isEqualTo("McDonald");
        assertThat(utterance.original(4)).isEqualTo("1,200,000");
        assertThat(utterance.breakAfter(1)).isTrue();
        assertThat(utterance.breakAfter(2)).isFalse();
    }

    @Test
    void remembersHyphenatedNames() {
        Utterance utterance = Utterance.of("Mary-Jane Smith");

        assertThat(utterance.words()).containsExactly("mary", "jane", "smith");
        assertThat(utterance.hyphenAfter(0)).isTrue();
        assertThat(utterance.hyphenAfter(1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "no, I said four hundred", "No I meant Tuesday", "actually make that three bedrooms",
            "sorry, make that 450", "I actually want to rent", "oh sorry I meant the fourteenth", "scratch that",
            "no it's five one two", "wait, correction: two baths" })
    void tellsACorrection(String text) {
        assertThat(Utterance.of(text).correction()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "no", "no thanks", "four hundred", "make it quick please",
            "we want to buy, actually it is our first home" })
    void tellsWhatIsNotACorrection(String text) {
        assertThat(Utterance.of(text).correction()).isFalse();
    }

    @Test
    void readsNothingFromNothing() {
        assertThat(Utterance.of("   ").words()).isEmpty();
        assertThat(Utterance.of("?!").words()).isEmpty();
    }
}
