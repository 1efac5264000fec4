package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneWordsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "five one two, five five five, oh one four two              | +15125550142",
            "my number is five one two five five five zero one four two | +15125550142",
            "five one two double five five oh one four two              | +15125550142",
            "five twelve five fifty five oh one forty two                | +15125550142",
            "area code five one two then five five five oh one four two | +15125550142",
            "oh, five one two five five five oh one four two            | +15125550142",
            "one five one two five five five oh one four two            | +15125550142",
            "two one two triple five one two three four                 | +12125551234",
            "one eight hundred five five five one two one two           | +18005551212",
            "five one two dash five five five dash oh one four two      | +15125550142",
            "512 555 0142                                               | +15125550142",
            "(512) 555-0142                                             | +15125550142",
            "512.555.0142                                               | +15125550142",
            "+1 512-555-0142                                            | +15125550142",
            "plus four four two zero seven nine four six zero nine five eight | +442079460958",
            "call me at 5125550142 after five                           | +15125550142",
    })
    void readsANumberAsPeopleReadItOut(String text, String e164) {
        assertThat(find(text)).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = { "five one two five five five", "five hundred thousand", "one two three four five six"
            + " seven eight nine zero", "seven eight seven oh one", "my number is", "555 0142",
            "eight hundred nine thousand six hundred" })
    void takesNoNumberThatIsIncompleteOrInvalid(String text) {
        assertThat(find(text)).isNull();
    }

    @Test
    void coversOnlyTheWordsOfTheNumber() {
        Utterance utterance = Utterance.of("it's five one two five five five oh one four two two bedrooms");
        Found<ai.seiketsu.shared.PhoneNumber> found = PhoneWords.find(utterance, new Claims());

        assertThat(found).isNotNull();
        assertThat(found.start()).isEqualTo(1);
        assertThat(found.end()).isEqualTo(11);
    }

    private static @Nullable String find(String text) {
        var found = PhoneWords.find(Utterance.of(text), new Claims());
        return found == null ? null : found.value().value();
    }
}
