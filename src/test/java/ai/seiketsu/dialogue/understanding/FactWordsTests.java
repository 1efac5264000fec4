package ai.seiketsu.dialogue.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.PropertyType;

import static org.assertj.core.api.Assertions.assertThat;

/** Property type, financing, motivation and yes or no: the facts read from phrases alone. */
class FactWordsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a three bedroom house              | SINGLE_FAMILY",
            "single-family home                 | SINGLE_FAMILY",
            "a detached home with a yard        | SINGLE_FAMILY",
            "looking for a condo downtown       | CONDO",
            "an apartment                       | CONDO",
            "a townhouse or a house             | TOWNHOUSE",
            "a town home                        | TOWNHOUSE",
            "a duplex to rent out               | MULTI_FAMILY",
            "multi-family                       | MULTI_FAMILY",
            "an apartment building              | MULTI_FAMILY",
            "a vacant lot to build on           | LAND",
            "five acres of land                 | LAND",
            "a mobile home                      | OTHER",
            "commercial property                | OTHER",
    })
    void readsThePropertyType(String text, PropertyType type) {
        Found<PropertyType> found = PropertyTypeWords.find(Utterance.of(text));

        assertThat(found).isNotNull();
        assertThat(found.value()).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = { "my home", "I'm going to an open house", "we need a lot of space", "a new place" })
    void readsNoPropertyTypeFromGeneralWords(String text) {
        assertThat(PropertyTypeWords.find(Utterance.of(text))).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I'm pre-approved                               | PRE_APPROVED",
            "we're preapproved for 400k                     | PRE_APPROVED",
            "I got pre qualified last week                  | PRE_APPROVED",
            "we're already approved for a loan              | PRE_APPROVED",
            "I'll be paying cash                            | CASH",
            "all cash                                       | CASH",
            "cash buyer                                     | CASH",
            "we don't need a mortgage                       | CASH",
            "I need a lender                                | NEEDS_LENDER",
            "we'll need a mortgage                          | NEEDS_LENDER",
            "I'm not pre-approved yet                       | NEEDS_LENDER",
            "we haven't been pre approved                   | NEEDS_LENDER",
            "can you recommend a lender                     | NEEDS_LENDER",
            "I need to get pre approved                     | NEEDS_LENDER",
    })
    void readsFinancing(String text, Financing financing) {
        assertThat(FinancingWords.find(Utterance.of(text), Fixtures.context())).isEqualTo(financing);
    }

    @ParameterizedTest
    @ValueSource(strings = { "good cash flow", "I want to buy", "not sure" })
    void readsNoFinancingFromOtherWords(String text) {
        assertThat(FinancingWords.find(Utterance.of(text), Fixtures.context())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "not sure", "I don't know yet", "haven't decided" })
    void readsUnknownFinancingWhenAsked(String text) {
        assertThat(FinancingWords.find(Utterance.of(text), Fixtures.context().asking(Slot.FINANCING)))
                .isEqualTo(Financing.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "we're relocating for work                               | relocating for work",
            "we're relocating for work and need something fast       | relocating for work",
            "because my husband got a new job in Austin               | my husband got a new job in Austin",
            "we're downsizing since the kids moved out                | downsizing since the kids moved out",
            "our lease is up in march                                 | our lease is up in march",
            "we need more room, the baby is on the way                | need more room",
            "I'm retiring next year                                   | retiring next year",
            "we want to be closer to family                           | closer to family",
            "the reason is my job transfer, my number is 5125550142   | my job transfer",
    })
    void keepsTheReasonInTheCallersWords(String text, String motivation) {
        Found<String> found = MotivationWords.find(Utterance.of(text), new Claims(), Fixtures.context());

        assertThat(found).isNotNull();
        assertThat(found.value()).isEqualTo(motivation);
    }

    @ParameterizedTest
    @ValueSource(strings = { "I want to buy a house", "since last year", "three bed two bath" })
    void readsNoReasonWithoutOne(String text) {
        assertThat(MotivationWords.find(Utterance.of(text), new Claims(), Fixtures.context())).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "yes                         | YES",
            "yeah that's right           | YES",
            "yep                         | YES",
            "correct                     | YES",
            "sure, saturday works        | YES",
            "uh huh                      | YES",
            "um okay                     | YES",
            "it's correct                | YES",
            "no                          | NO",
            "nope                        | NO",
            "nah                         | NO",
            "not really                  | NO",
            "no, I said four hundred     | NO",
            "that's wrong                | NO",
            "well that's not right       | NO",
    })
    void readsYesOrNo(String text, Answer answer) {
        assertThat(AnswerWords.find(Utterance.of(text))).isEqualTo(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = { "no problem", "no rush", "not sure", "right now I'm renting", "I want to buy",
            "no idea", "tell me about it" })
    void readsNeitherYesNorNoFromOtherWords(String text) {
        assertThat(AnswerWords.find(Utterance.of(text))).isNull();
    }
}
