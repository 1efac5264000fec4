package ai.seiketsu.leads;

/** One factor a lead earned, and how many points: the score explained. */
public record ScoreReason(ScoreFactor factor, int points) {
}
