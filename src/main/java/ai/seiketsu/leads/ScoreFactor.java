package ai.seiketsu.leads;

/** The factors of the lead score (product.md, "Lead score"), each with the most points it can earn. */
public enum ScoreFactor {
    BUDGET(25), TIMELINE(20), LOCATION(15), MOTIVATION(15), PROPERTY_TYPE(10), FINANCING(10), CONTACT(5);

    private final int maxPoints;

    ScoreFactor(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
