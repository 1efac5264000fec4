package ai.seiketsu.dialogue.understanding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntentWordsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I want to buy a house                              | BUY",
            "we're looking to purchase our first home            | BUY",
            "first time home buyer                               | BUY",
            "we're in the market for a condo                     | BUY",
            "I'm thinking about selling my house                 | SELL",
            "what's my home worth                                | SELL",
            "I'd like to list my condo                           | SELL",
            "we want to put our house on the market              | SELL",
            "I'm looking to rent                                 | RENT",
            "do you have any rentals                             | RENT",
            "we want an apartment for rent                       | RENT",
            "looking to lease a townhome                         | RENT",
            "I'm an investor                                     | INVEST",
            "looking for rental properties with good cash flow   | INVEST",
            "I want to buy a duplex and rent it out              | BUY;INVEST",
            "is the house on maple street still available        | LISTING_QUESTION",
            "how much is it                                      | LISTING_QUESTION",
            "does it have a garage                               | LISTING_QUESTION",
            "are pets allowed                                    | LISTING_QUESTION",
            "what's the HOA                                      | LISTING_QUESTION",
            "how many bedrooms does it have                      | LISTING_QUESTION",
            "tell me more about the one on oak                   | LISTING_QUESTION",
            "I saw your listing online                           | LISTING_QUESTION",
            "can I see it saturday                               | SCHEDULE",
            "I'd like to schedule a showing                      | SCHEDULE",
            "when can I come take a look                         | SCHEDULE",
            "can we book a tour                                  | SCHEDULE",
            "I'd like to talk to a person                        | HUMAN",
            "can I speak with a real estate agent                | HUMAN",
            "let me talk to someone                              | HUMAN",
            "representative                                      | HUMAN",
            "put me through to a real person                     | HUMAN",
            "stop calling me                                     | STOP_CALLING",
            "don't call me again                                 | STOP_CALLING",
            "please take me off your list                        | STOP_CALLING",
            "do not call                                         | STOP_CALLING",
            "ok thanks bye                                       | GOODBYE",
            "that's all for now                                  | GOODBYE",
            "have a good one                                     | GOODBYE",
            "I gotta go                                          | GOODBYE",
            "I'm not interested, goodbye                         | GOODBYE",
            "we want to sell our house and buy a bigger one      | SELL;BUY",
            "is it still available, and can I see it tomorrow    | LISTING_QUESTION;SCHEDULE",
            "stop calling me, bye                                | STOP_CALLING;GOODBYE",
    })
    void findsWhatTheCallerAsksForInTheOrderSaid(String text, String intents) {
        List<CallerIntent> expected = List.of(intents.split(";")).stream().map(CallerIntent::valueOf).toList();

        assertThat(IntentWords.find(Utterance.of(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "I'm not looking to buy", "we don't want to sell", "never mind, don't hang up",
            "we're currently renting", "I'm renting right now", "my parents live here", "hello" })
    void findsNoIntentThatWasNotAskedFor(String text) {
        assertThat(IntentWords.find(Utterance.of(text))).isEmpty();
    }

    @Test
    void keepsTheIntentAfterANegatedOne() {
        assertThat(IntentWords.find(Utterance.of("I'm not looking to buy, I want to rent")))
                .containsExactly(CallerIntent.RENT);
        assertThat(IntentWords.find(Utterance.of("I'm not sure whether to buy or rent")))
                .containsExactly(CallerIntent.BUY, CallerIntent.RENT);
    }

    @Test
    void mapsToTheLeadsIntent() {
        assertThat(CallerIntent.INVEST.leadIntent()).isEqualTo(ai.seiketsu.leads.Intent.INVEST);
        assertThat(CallerIntent.GOODBYE.leadIntent()).isNull();
    }
}
