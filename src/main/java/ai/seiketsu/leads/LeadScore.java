package ai.seiketsu.leads;

import java.util.List;

/** A lead's score (0-100), the factors that make it up, and whether the lead is hot. */
public record LeadScore(int score, List<ScoreReason> reasons, boolean hot) {

    public LeadScore {
        reasons = List.copyOf(reasons);
    }
}
