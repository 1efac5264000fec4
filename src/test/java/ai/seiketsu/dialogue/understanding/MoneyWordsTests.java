package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.seiketsu.leads.Intent;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyWordsTests {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "five hundred thousand                          | -      | 500000",
            "my budget is 500k                              | -      | 500000",
            "$500,000                                       | -      | 500000",
            "around $500K                                   | -      | 500000",
            "half a million                                 | -      | 500000",
            "about 1.2 million                              | -      | 1200000",
            "my budget is four fifty                        | -      | 450000",
            "we can afford three seventy five               | -      | 375000",
            "our budget is one point two                     | -      | 1200000",
            "under 400k                                     | -      | 400000",
            "up to about six hundred thousand               | -      | 600000",
            "no more than 350 thousand                      | -      | 350000",
            "at most a million                              | -      | 1000000",
            "700k max                                       | -      | 700000",
            "at least 300k                                  | 300000 | -",
            "over half a million                            | 500000 | -",
            "no less than 250k                              | 250000 | -",
            "400k or more                                   | 400000 | -",
            "between four and five hundred                  | 400000 | 500000",
            "between four and five hundred thousand         | 400000 | 500000",
            "somewhere between 300 and 400k                 | 300000 | 400000",
            "from 1.2 to 1.5 million                        | 1200000 | 1500000",
            "450-500k                                       | 450000 | 500000",
            "$450k - $500k                                  | 450000 | 500000",
            "in the 400 to 500 thousand range               | 400000 | 500000",
            "four or five hundred thousand                  | 400000 | 500000",
            "between four fifty and five hundred thousand   | 450000 | 500000",
            "I'm pre-approved for 650,000                   | -      | 650000",
            "no I said four hundred                         | -      | 400000",
            "not four hundred, five hundred thousand        | -      | 500000",
            "we're looking at maybe four to four fifty      | 400000 | 450000",
            "we have about 100k to put down and want to spend up to 600 | - | 600000",
    })
    void readsAPurchaseBudget(String text, @Nullable Long min, @Nullable Long max) {
        assertThat(find(text, Fixtures.context())).isEqualTo(new Budget(min, max, false));
    }

    @ParameterizedTest(name = "{0} -> {1}..{2} a month")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "twenty two hundred a month                     | -      | 2200",
            "I can do about two thousand a month            | -      | 2000",
            "$2,200/mo                                      | -      | 2200",
            "fifteen hundred per month                      | -      | 1500",
            "between 1800 and 2200 a month                  | 1800   | 2200",
            "at least twelve fifty a month                  | 1250   | -",
    })
    void readsAMonthlyAmountAsSaid(String text, @Nullable Long min, @Nullable Long max) {
        assertThat(find(text, Fixtures.context())).isEqualTo(new Budget(min, max, true));
        assertThat(find(text, Fixtures.context().withIntent(Intent.BUY))).isEqualTo(new Budget(min, max, true));
    }

    @Test
    void readsARentersAmountAsMonthly() {
        Context renting = Fixtures.context().withIntent(Intent.RENT);

        assertThat(find("my budget is fifteen hundred", renting)).isEqualTo(new Budget(null, 1500L, true));
        assertThat(find("up to eight hundred", renting)).isEqualTo(new Budget(null, 800L, true));
        assertThat(find("between four and five hundred", renting)).isEqualTo(new Budget(400L, 500L, true));
    }

    @Test
    void readsABareAmountWhenTheBudgetWasAsked() {
        Context asked = Fixtures.context().asking(Slot.BUDGET);

        assertThat(find("four fifty", asked)).isEqualTo(new Budget(null, 450_000L, false));
        assertThat(find("not four hundred, five hundred", asked)).isEqualTo(new Budget(null, 500_000L, false));
        assertThat(find("twenty two hundred", asked.withIntent(Intent.RENT))).isEqualTo(new Budget(null, 2200L, true));
        assertThat(find("four fifty", Fixtures.context())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "three bedrooms", "the house is 1,800 square feet", "I make 120k a year",
            "we have 50k down", "a down payment of 20 percent", "we have two kids", "about two", "78701",
            "I have a credit score of 750", "four fifty", "around ten" })
    void takesNoBudgetFromNumbersThatAreSomethingElse(String text) {
        assertThat(find(text, Fixtures.context())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "we have 50k down and want to stay under 400k",
            "with a down payment of about 80k we can do 400k", "we have 60,000 as a down payment, budget 400k" })
    void takesTheBudgetNotTheDownPayment(String text) {
        assertThat(find(text, Fixtures.context())).isEqualTo(new Budget(null, 400_000L, false));
    }

    private static @Nullable Budget find(String text, Context context) {
        Found<Budget> found = MoneyWords.find(Utterance.of(text), new Claims(), context);
        return found == null ? null : found.value();
    }
}
