package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameWordsTests {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "my name is Maria Lopez                           | Maria    | Lopez",
            "my name is maria lopez and I'm relocating        | Maria    | Lopez",
            "my name's will                                   | Will     | -",
            "the name is John Smith                           | John     | Smith",
            "you can call me Ana                              | Ana      | -",
            "this is John                                     | John     | -",
            "hi this is john calling about the listing        | John     | -",
            "hey it's Ana                                     | Ana      | -",
            "yes I'm Maria de la Cruz                         | Maria    | de la Cruz",
            "I'm John Smith from Dallas                       | John     | Smith",
            "hi it's Mary-Jane O'Brien                        | Mary-Jane | O'Brien",
            "it's DeShawn McDonald                            | DeShawn  | McDonald",
            "this is o'connor                                 | O'Connor | -",
            "my first name is maria and my last name is lopez | Maria    | Lopez",
            "sure it's john and my last name is o'connor      | John     | O'Connor",
            "just call me Ana                                 | Ana      | -",
            "this is Olive King                               | Olive    | King",
    })
    void readsTheCallersName(String text, String first, @Nullable String last) {
        assertThat(find(text, Fixtures.context())).isEqualTo(new PersonName(first, last));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "maria lopez          | Maria | Lopez",
            "sure, it's Ana       | Ana   | -",
            "yeah Hope            | Hope  | -",
            "Will                 | Will  | -",
    })
    void readsABareNameWhenTheNameWasAsked(String text, String first, @Nullable String last) {
        assertThat(find(text, Fixtures.context().asking(Slot.NAME))).isEqualTo(new PersonName(first, last));
    }

    @ParameterizedTest
    @ValueSource(strings = { "this is a nice house", "I'm looking for a condo", "it's five hundred thousand",
            "I'm interested in the listing", "hi", "it's pre approved", "I'm calling about a house",
            "this is great", "maria lopez", "so I'm thinking about selling", "can you call me back at five",
            "call me tomorrow", "my husband's name is Bob", "this is ridiculous", "it's expensive",
            "I'm available", "this is perfect" })
    void takesNoNameFromEverydayWords(String text) {
        assertThat(find(text, Fixtures.context())).isNull();
    }

    private static @Nullable PersonName find(String text, Context context) {
        var found = NameWords.find(Utterance.of(text), new Claims(), context);
        return found == null ? null : found.value();
    }
}
