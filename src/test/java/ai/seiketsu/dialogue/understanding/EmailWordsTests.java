package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailWordsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "maria dot lopez at gmail dot com                  | maria.lopez@gmail.com",
            "my email is maria dot lopez at gmail dot com      | maria.lopez@gmail.com",
            "j underscore smith at example dot org             | j_smith@example.org",
            "it's j dot smith dash jones at company dot co dot uk | j.smith-jones@company.co.uk",
            "john smith eighty four at yahoo dot com           | johnsmith84@yahoo.com",
            "maria one two three at gmail dot com              | maria123@gmail.com",
            "ana oh seven at outlook dot com                   | ana07@outlook.com",
            "sure it's john at gmail                           | john@gmail.com",
            "bob at g mail dot com                             | bob@gmail.com",
            "bob at hotmail dotcom                             | bob@hotmail.com",
            "email me at bob at hotmail dot com                | bob@hotmail.com",
            "will dot smith at example dot com                 | will.smith@example.com",
            "sales at seiketsu realty dot com                  | sales@seiketsurealty.com",
            "maria.lopez at gmail.com                          | maria.lopez@gmail.com",
            "send it to Maria.Lopez@Gmail.com please           | maria.lopez@gmail.com",
            "maria plus homes at gmail dot com                 | maria+homes@gmail.com",
            "diaz-murphy_lopez10 at gmail.com                  | diaz-murphy_lopez10@gmail.com",
            "ana.diaz at austin-homes.io                       | ana.diaz@austin-homes.io",
    })
    void readsAnAddressAsPeopleReadItOut(String text, String address) {
        assertThat(find(text)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "saturday at two", "at gmail dot com", "the house at maple street", "maria at",
            "I'm at work", "email me at maria" })
    void takesNoAddressFromWhatIsNotOne(String text) {
        assertThat(find(text)).isNull();
    }

    private static @Nullable String find(String text) {
        var found = EmailWords.find(Utterance.of(text), new Claims());
        return found == null ? null : found.value().value();
    }
}
