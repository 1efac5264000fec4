package ai.seiketsu.dialogue.understanding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I want to buy in Austin                     | Austin",
            "something in round rock please              | Round Rock",
            "ROUND ROCK                                  | Round Rock",
            "roundrock                                   | Round Rock",
            "near south congress                         | South Congress",
            "congress avenue                             | Congress",
            "austin's east side                          | Austin",
            "seven eight seven oh one                    | 78701",
            "seventy eight seven oh four                 | 78704",
            "in 78660                                    | 78660",
            "zip code seven eight six six zero           | 78660",
    })
    void findsATenantsPlace(String text, String name) {
        assertThat(find(text)).extracting(Place::name).containsExactly(name);
    }

    @Test
    void findsEveryPlaceOnceInTheOrderSaid() {
        assertThat(find("hyde park or mueller, maybe austin, or hyde park again")).extracting(Place::name)
                .containsExactly("Hyde Park", "Mueller", "Austin");
        assertThat(find("78701 or 78704")).extracting(Place::name).containsExactly("78701", "78704");
    }

    @Test
    void tellsTheKindOfPlace() {
        assertThat(find("mueller in austin, seven eight seven oh one")).containsExactly(
                Place.neighbourhood("Mueller"), Place.city("Austin"), Place.postalCode("78701"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dallas", "round", "seven eight seven oh two", "the park", "787" })
    void findsOnlyWhatTheTenantsListingsKnow(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void anEmptyGazetteerFindsNothing() {
        assertThat(Gazetteer.EMPTY.find(Utterance.of("austin"), new Claims())).isEmpty();
    }

    private static List<Place> find(String text) {
        return Fixtures.PLACES.find(Utterance.of(text), new Claims()).stream().map(Found::value).toList();
    }
}
