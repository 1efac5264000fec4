package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTests {

    private static final String[] ALTERNATIVES = { "buy(?:ing)?", "(?:first|1st) time buyers?",
            "(?:a |an )?duplex", "(?<!currently )rent(?:ing)?", "[0-9]+ acres", "\\w+ street", "talk to (?:a|an) agent",
            "it's", "s?he said", "(?:x|y)*z" };
    private static final List<String> SAID = List.of("I want to buy a duplex on maple street", "first time buyer",
            "we're currently renting but want to rent", "a duplex or an duplex", "10 acres", "can I talk to an agent",
            "it's fine she said he said", "z xz yyz parent rented", "", "buying buying");

    @Test
    void findsWhatOneRegularExpressionOverWholeWordsFinds() {
        Phrases phrases = Phrases.of(ALTERNATIVES);
        Pattern plain = Pattern.compile("(?<![^ ])(?:" + String.join("|", ALTERNATIVES) + ")(?![^ ])");
        for (String said : SAID) {
            Utterance utterance = Utterance.of(said);

            assertThat(texts(phrases.all(utterance))).as(said).isEqualTo(plainMatches(plain, utterance.joined()));
        }
    }

    @Test
    void reportsTheWordsAMatchCovers() {
        Found<String> found = Phrases.of("talk to (?:a|an) agent").first(Utterance.of("can I talk to an agent now"));

        assertThat(found).isEqualTo(new Found<>("talk to an agent", 2, 6));
    }

    @Test
    void matchesOnlyWholeWords() {
        Phrases rent = Phrases.of("rent");

        assertThat(rent.in(Utterance.of("my parents rented"))).isFalse();
        assertThat(rent.at(Utterance.of("we rent"), 1)).isNotNull();
        assertThat(rent.at(Utterance.of("we rent"), 0)).isNull();
    }

    @Test
    void choosesThePhraseSaidFirstThenTheLonger() {
        Map<String, Phrases> choices = Map.of("house", Phrases.of("house"), "townhouse", Phrases.of("town house"),
                "condo", Phrases.of("condo"));

        assertThat(Phrases.earliest(Utterance.of("a town house or a condo"), choices).value()).isEqualTo("townhouse");
        assertThat(Phrases.earliest(Utterance.of("a condo or a house"), choices).value()).isEqualTo("condo");
    }

    private static List<String> texts(List<Found<String>> found) {
        return found.stream().map(Found::value).toList();
    }

    private static List<String> plainMatches(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            matches.add(matcher.group());
        }
        return matches;
    }
}
