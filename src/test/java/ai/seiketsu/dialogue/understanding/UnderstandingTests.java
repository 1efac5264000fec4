package ai.seiketsu.dialogue.understanding;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;

import static org.assertj.core.api.Assertions.assertThat;

class UnderstandingTests {

    @Test
    void takesEveryFactFromOneAnswer() {
        Understood understood = Understanding.understand("Hi, this is Maria Lopez. We're relocating for work and "
                + "want to buy a three bed two bath house in Round Rock, up to 450k, pre-approved, hoping to move "
                + "in the spring", Fixtures.context());

        assertThat(understood.name()).isEqualTo(new PersonName("Maria", "Lopez"));
        assertThat(understood.intents()).containsExactly(CallerIntent.BUY);
        assertThat(understood.leadIntent()).isEqualTo(Intent.BUY);
        assertThat(understood.bedroomsMin()).isEqualTo(3);
        assertThat(understood.bathroomsMin()).isEqualTo(2);
        assertThat(understood.propertyType()).isEqualTo(PropertyType.SINGLE_FAMILY);
        assertThat(understood.places()).containsExactly(Place.city("Round Rock"));
        assertThat(understood.budget()).isEqualTo(new Budget(null, 450_000L, false));
        assertThat(understood.financing()).isEqualTo(Financing.PRE_APPROVED);
        assertThat(understood.timeline()).isEqualTo(Timeline.THREE_TO_SIX_MONTHS);
        assertThat(understood.motivation()).isEqualTo("relocating for work");
        assertThat(understood.correction()).isFalse();
    }

    @Test
    void readsEachWordForOneFactOnly() {
        Understood understood = Understanding.understand(
                "three bed two bath under four fifty, can I see it saturday at two", Fixtures.context());

        assertThat(understood.bedroomsMin()).isEqualTo(3);
        assertThat(understood.bathroomsMin()).isEqualTo(2);
        assertThat(understood.budget()).isEqualTo(new Budget(null, 450_000L, false));
        assertThat(understood.when().start()).isEqualTo(LocalDateTime.parse("2026-11-28T14:00").atZone(Fixtures.ZONE));
        assertThat(understood.intents()).containsExactly(CallerIntent.SCHEDULE);
    }

    @Test
    void keepsRoomCountsFromBecomingTimes() {
        Understood understood = Understanding.understand("saturday, 3 bedrooms", Fixtures.context());

        assertThat(understood.bedroomsMin()).isEqualTo(3);
        assertThat(understood.when().exact()).isFalse();
    }

    @Test
    void keepsPhoneDigitsAndPostalCodesOutOfBudgets() {
        Understood understood = Understanding.understand("my budget is about five hundred thousand in seven eight "
                + "seven oh one and my number is five one two five five five oh one four two", Fixtures.context());

        assertThat(understood.budget()).isEqualTo(new Budget(null, 500_000L, false));
        assertThat(understood.places()).containsExactly(Place.postalCode("78701"));
        assertThat(understood.phone().value()).isEqualTo("+15125550142");
    }

    @Test
    void readsAmountsByTheIntentSaidOrKnown() {
        assertThat(Understanding.understand("we want to rent, about twelve fifty", Fixtures.context()).budget())
                .isEqualTo(new Budget(null, 1250L, true));
        assertThat(Understanding.understand("my budget is twelve fifty", Fixtures.context().withIntent(Intent.RENT))
                .budget()).isEqualTo(new Budget(null, 1250L, true));
        assertThat(Understanding.understand("my budget is twelve fifty", Fixtures.context()).budget())
                .isEqualTo(new Budget(null, 1_250_000L, false));
        assertThat(Understanding.understand("actually we'd rather buy, about four fifty",
                Fixtures.context().withIntent(Intent.RENT)).budget()).isEqualTo(new Budget(null, 450_000L, false));
    }

    @Test
    void tellsACorrectionWithItsNewValue() {
        Understood understood = Understanding.understand("no, I said four hundred",
                Fixtures.context().asking(Slot.BUDGET));

        assertThat(understood.correction()).isTrue();
        assertThat(understood.answer()).isEqualTo(Answer.NO);
        assertThat(understood.budget()).isEqualTo(new Budget(null, 400_000L, false));
    }

    @Test
    void readsContactDetailsInOneBreath() {
        Understood understood = Understanding.understand("it's john smith, j underscore smith at example dot org, "
                + "five one two double five five oh one four two", Fixtures.context());

        assertThat(understood.name()).isEqualTo(new PersonName("John", "Smith"));
        assertThat(understood.email().value()).isEqualTo("j_smith@example.org");
        assertThat(understood.phone().value()).isEqualTo("+15125550142");
    }

    @Test
    void readsWhatABareAnswerMeansFromTheQuestion() {
        Context context = Fixtures.context();

        assertThat(Understanding.understand("three", context.asking(Slot.BEDROOMS)).bedroomsMin()).isEqualTo(3);
        assertThat(Understanding.understand("three", context.asking(Slot.BEDROOMS)).budget()).isNull();
        assertThat(Understanding.understand("four fifty", context.asking(Slot.BUDGET)).budget())
                .isEqualTo(new Budget(null, 450_000L, false));
        assertThat(Understanding.understand("maria lopez", context.asking(Slot.NAME)).name())
                .isEqualTo(new PersonName("Maria", "Lopez"));
        assertThat(Understanding.understand("not sure", context.asking(Slot.TIMELINE)).timeline())
                .isEqualTo(Timeline.UNKNOWN);
        assertThat(Understanding.understand("we just want more space", context.asking(Slot.MOTIVATION))
                .motivation()).isEqualTo("want more space");
        assertThat(Understanding.understand("at two", context.asking(Slot.TIME)).when()).isNotNull();
        assertThat(Understanding.understand("three", context).bedroomsMin()).isNull();
    }

    @Test
    void readsAGoodbyeWithAStopCalling() {
        Understood understood = Understanding.understand("please stop calling me. Bye.", Fixtures.context());

        assertThat(understood.intents()).containsExactly(CallerIntent.STOP_CALLING, CallerIntent.GOODBYE);
        assertThat(understood.has(CallerIntent.STOP_CALLING)).isTrue();
    }

    @Test
    void prefersInvestingAsTheLeadsIntent() {
        Understood understood = Understanding.understand("I want to buy a duplex as a rental property",
                Fixtures.context());

        assertThat(understood.intents()).containsExactly(CallerIntent.BUY, CallerIntent.INVEST);
        assertThat(understood.leadIntent()).isEqualTo(Intent.INVEST);
        assertThat(understood.propertyType()).isEqualTo(PropertyType.MULTI_FAMILY);
    }

    @Test
    void findsNothingInSmallTalk() {
        Understood understood = Understanding.understand("hello, how are you today", Fixtures.context());

        assertThat(understood.intents()).isEmpty();
        assertThat(understood.budget()).isNull();
        assertThat(understood.places()).isEmpty();
        assertThat(understood.name()).isNull();
        assertThat(understood.phone()).isNull();
        assertThat(understood.answer()).isNull();
    }
}
