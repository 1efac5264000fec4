package ai.seiketsu.leads;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lead score, exactly as product.md "Lead score" defines it: a pure, deterministic function of what we know
 * about the lead (no clock, no Spring, no database), so staff can be shown why a lead has its score and the
 * same details always give the same answer.
 */
public final class LeadScoring {

    /** The score at which a lead counts as qualified and the system moves it to {@code QUALIFIED}. */
    public static final int QUALIFIED_AT = 70;
    static final int HOT_AT = 85;

    private LeadScoring() {
    }

    public static LeadScore score(LeadDetails lead) {
        List<ScoreReason> reasons = new ArrayList<>();
        if (lead.budgetMin() != null || lead.budgetMax() != null) {
            reasons.add(new ScoreReason(ScoreFactor.BUDGET, 25));
        }
        int timeline = timelinePoints(lead.timeline());
        if (timeline > 0) {
            reasons.add(new ScoreReason(ScoreFactor.TIMELINE, timeline));
        }
        if (lead.areas() != null && !lead.areas().isEmpty()) {
            reasons.add(new ScoreReason(ScoreFactor.LOCATION, 15));
        }
        if (lead.motivation() != null && !lead.motivation().isBlank()) {
            reasons.add(new ScoreReason(ScoreFactor.MOTIVATION, 15));
        }
        if (lead.propertyType() != null) {
            reasons.add(new ScoreReason(ScoreFactor.PROPERTY_TYPE, 10));
        }
        if (paysReadily(lead.financing())) {
            reasons.add(new ScoreReason(ScoreFactor.FINANCING, 10));
        }
        if (lead.phone() != null || lead.email() != null) {
            reasons.add(new ScoreReason(ScoreFactor.CONTACT, 5));
        }
        int score = reasons.stream().mapToInt(ScoreReason::points).sum();
        boolean hot = score >= HOT_AT || (lead.timeline() == Timeline.NOW && paysReadily(lead.financing()));
        return new LeadScore(score, reasons, hot);
    }

    private static int timelinePoints(@Nullable Timeline timeline) {
        return switch (timeline) {
            case NOW -> 20;
            case ONE_TO_THREE_MONTHS -> 14;
            case THREE_TO_SIX_MONTHS -> 8;
            case LATER -> 3;
            case UNKNOWN -> 0;
            case null -> 0;
        };
    }

    private static boolean paysReadily(@Nullable Financing financing) {
        return financing == Financing.PRE_APPROVED || financing == Financing.CASH;
    }
}
