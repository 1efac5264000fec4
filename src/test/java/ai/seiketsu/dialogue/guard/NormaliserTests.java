package ai.seiketsu.dialogue.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Is it a mostly-Hispanic neighbourhood?  | is it a mostly hispanic neighborhood",
            "is it a mostly hispanic neighbourhood   | is it a mostly hispanic neighborhood",
            "We're a FAMILY-friendly crowd!          | we re a family friendly crowd",
            "Café near the Colour Museum             | cafe near the color museum",
            "55+ community                           | 55 plus community",
            "Kid's room & office                     | kid s room and office" })
    void readsTypedChatAndRecogniserOutputAlike(String text, String normalised) {
        assertThat(Normaliser.normalise(text)).isEqualTo(normalised);
    }

    @Test
    void joinsRealEstateTermsThatContainAWordAboutPeople() {
        assertThat(Normaliser.normalise("A single-family home with a family room and multi family zoning"))
                .isEqualTo("a singlefamily home with a familyroom and multifamily zoning");
    }
}
