package ai.seiketsu.leads;

/**
 * The pipeline, in order, and the product's rules for moving through it (product.md, "Lead score" and stages):
 * staff move an open lead forward any number of stages, but {@code CLOSED_WON} only from {@code UNDER_CONTRACT};
 * {@code CLOSED_LOST} from any open stage; a closed lead only back to {@code CONTACTED} (reopened). The system
 * moves a lead on its own only forward, only between open stages, and never out of a closed one.
 */
public enum LeadStage {
    NEW, CONTACTED, QUALIFIED, APPOINTMENT_SET, UNDER_CONTRACT, CLOSED_WON, CLOSED_LOST;

    public boolean isClosed() {
        return this == CLOSED_WON || this == CLOSED_LOST;
    }

    /** Whether staff (or an integrator) may move a lead from this stage to {@code target}. */
    public boolean allowsMoveTo(LeadStage target) {
        if (isClosed()) {
            return target == CONTACTED;
        }
        return switch (target) {
            case CLOSED_LOST -> true;
            case CLOSED_WON -> this == UNDER_CONTRACT;
            default -> target.ordinal() > ordinal();
        };
    }

    /** Whether the system may move a lead from this stage to the open stage {@code target} on its own. */
    public boolean allowsAutomaticMoveTo(LeadStage target) {
        return !isClosed() && !target.isClosed() && target.ordinal() > ordinal();
    }
}
