package ai.seiketsu.leads;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The score of product.md "Lead score", factor by factor, and the hot rule. */
class LeadScoringTests {

    @Test
    void aLeadWeKnowNothingAboutScoresZeroAndIsNotHot() {
        LeadScore score = LeadScoring.score(details().build());
        assertThat(score.score()).isZero();
        assertThat(score.reasons()).isEmpty();
        assertThat(score.hot()).isFalse();
    }

    @Test
    void budgetEarns25WhenEitherBoundIsKnown() {
        assertThat(reasons(details().budgetMin(300_000))).containsExactly(reason(ScoreFactor.BUDGET, 25));
        assertThat(reasons(details().budgetMax(450_000))).containsExactly(reason(ScoreFactor.BUDGET, 25));
        assertThat(LeadScoring.score(details().budgetMin(1).budgetMax(2).build()).score()).isEqualTo(25);
    }

    @Test
    void timelineEarnsMoreTheSoonerTheLeadMoves() {
        assertThat(reasons(details().timeline(Timeline.NOW))).containsExactly(reason(ScoreFactor.TIMELINE, 20));
        assertThat(reasons(details().timeline(Timeline.ONE_TO_THREE_MONTHS)))
                .containsExactly(reason(ScoreFactor.TIMELINE, 14));
        assertThat(reasons(details().timeline(Timeline.THREE_TO_SIX_MONTHS)))
                .containsExactly(reason(ScoreFactor.TIMELINE, 8));
        assertThat(reasons(details().timeline(Timeline.LATER))).containsExactly(reason(ScoreFactor.TIMELINE, 3));
        assertThat(reasons(details().timeline(Timeline.UNKNOWN))).isEmpty();
    }

    @Test
    void locationEarns15ForAtLeastOneArea() {
        assertThat(reasons(details().areas("Austin"))).containsExactly(reason(ScoreFactor.LOCATION, 15));
        assertThat(reasons(details().areas("Austin", "Round Rock"))).containsExactly(reason(ScoreFactor.LOCATION, 15));
    }

    @Test
    void motivationEarns15WhenStated() {
        assertThat(reasons(details().motivation("relocating for work")))
                .containsExactly(reason(ScoreFactor.MOTIVATION, 15));
        assertThat(reasons(details().motivation("   "))).isEmpty();
    }

    @Test
    void propertyTypeEarns10() {
        assertThat(reasons(details().propertyType(PropertyType.CONDO)))
                .containsExactly(reason(ScoreFactor.PROPERTY_TYPE, 10));
    }

    @Test
    void financingEarns10OnlyWhenPreApprovedOrCash() {
        assertThat(reasons(details().financing(Financing.PRE_APPROVED)))
                .containsExactly(reason(ScoreFactor.FINANCING, 10));
        assertThat(reasons(details().financing(Financing.CASH))).containsExactly(reason(ScoreFactor.FINANCING, 10));
        assertThat(reasons(details().financing(Financing.NEEDS_LENDER))).isEmpty();
        assertThat(reasons(details().financing(Financing.UNKNOWN))).isEmpty();
    }

    @Test
    void contactEarns5ForAPhoneOrAnEmail() {
        assertThat(reasons(details().phone("+15125550100"))).containsExactly(reason(ScoreFactor.CONTACT, 5));
        assertThat(reasons(details().email("a@example.test"))).containsExactly(reason(ScoreFactor.CONTACT, 5));
        assertThat(LeadScoring.score(details().phone("+15125550100").email("a@example.test").build()).score())
                .isEqualTo(5);
    }

    @Test
    void everyFactorTogetherIsAHundredInTheProductsOrder() {
        LeadScore score = LeadScoring.score(complete().build());
        assertThat(score.score()).isEqualTo(100);
        assertThat(score.reasons()).extracting(ScoreReason::factor).containsExactly(ScoreFactor.values());
        assertThat(score.hot()).isTrue();
    }

    @Test
    void hotFromEightyFiveUp() {
        // 25 + 14 + 15 + 15 + 10 + 5 = 84: one point short, and not NOW
        Builder almost = details().budgetMax(500_000).timeline(Timeline.ONE_TO_THREE_MONTHS).areas("Austin")
                .motivation("new job").propertyType(PropertyType.CONDO).phone("+15125550100");
        assertThat(LeadScoring.score(almost.build())).extracting(LeadScore::score, LeadScore::hot)
                .containsExactly(84, false);
        // + financing 10 = 94
        assertThat(LeadScoring.score(almost.financing(Financing.CASH).build()).hot()).isTrue();
        // 25 + 20 + 15 + 15 + 10 = 85 exactly
        Builder exactly = details().budgetMax(500_000).timeline(Timeline.NOW).areas("Austin").motivation("new job")
                .propertyType(PropertyType.CONDO);
        assertThat(LeadScoring.score(exactly.build())).extracting(LeadScore::score, LeadScore::hot)
                .containsExactly(85, true);
    }

    @Test
    void hotWhenMovingNowWithMoneyReadyWhateverTheScore() {
        assertThat(LeadScoring.score(details().timeline(Timeline.NOW).financing(Financing.PRE_APPROVED).build()))
                .extracting(LeadScore::score, LeadScore::hot).containsExactly(30, true);
        assertThat(LeadScoring.score(details().timeline(Timeline.NOW).financing(Financing.CASH).build()).hot())
                .isTrue();
        assertThat(LeadScoring.score(details().timeline(Timeline.NOW).financing(Financing.NEEDS_LENDER).build())
                .hot()).isFalse();
        assertThat(LeadScoring.score(details().timeline(Timeline.ONE_TO_THREE_MONTHS).financing(Financing.CASH)
                .build()).hot()).isFalse();
    }

    @Test
    void theSameDetailsAlwaysGiveTheSameScore() {
        assertThat(LeadScoring.score(complete().build())).isEqualTo(LeadScoring.score(complete().build()));
    }

    private static Builder complete() {
        return details().budgetMin(300_000).timeline(Timeline.NOW).areas("Austin").motivation("growing family")
                .propertyType(PropertyType.SINGLE_FAMILY).financing(Financing.PRE_APPROVED).phone("+15125550100");
    }

    private static List<ScoreReason> reasons(Builder builder) {
        LeadScore score = LeadScoring.score(builder.build());
        assertThat(score.score()).isEqualTo(score.reasons().stream().mapToInt(ScoreReason::points).sum());
        return score.reasons();
    }

    private static ScoreReason reason(ScoreFactor factor, int points) {
        return new ScoreReason(factor, points);
    }

    static Builder details() {
        return new Builder();
    }

    /** Lead details with only the fields a test names. */
    static final class Builder {
        private @Nullable String phone;
        private @Nullable String email;
        private List<String> areas = List.of();
        private @Nullable PropertyType propertyType;
        private @Nullable Integer budgetMin;
        private @Nullable Integer budgetMax;
        private @Nullable Timeline timeline;
        private @Nullable Financing financing;
        private @Nullable String motivation;

        Builder phone(String value) { phone = value; return this; }
        Builder email(String value) { email = value; return this; }
        Builder areas(String... values) { areas = List.of(values); return this; }
        Builder propertyType(PropertyType value) { propertyType = value; return this; }
        Builder budgetMin(int value) { budgetMin = value; return this; }
        Builder budgetMax(int value) { budgetMax = value; return this; }
        Builder timeline(Timeline value) { timeline = value; return this; }
        Builder financing(Financing value) { financing = value; return this; }
        Builder motivation(String value) { motivation = value; return this; }

        LeadDetails build() {
            return new LeadDetails(null, null, phone, email, null, areas, propertyType, budgetMin, budgetMax, null,
                    null, timeline, financing, motivation, List.of(), null, null, null);
        }
    }
}
