package ai.seiketsu.tenancy;

/** A tenant's plan, with the default limits it grants (product.md, "Plans"). */
public enum Plan {

    STARTER(new PlanLimits(3, 1, 2, 500, 20)),
    PROFESSIONAL(new PlanLimits(15, 5, 20, 5_000, 100)),
    ENTERPRISE(new PlanLimits(200, 50, 500, 100_000, 1_000));

    private final PlanLimits defaults;

    Plan(PlanLimits defaults) {
        this.defaults = defaults;
    }

    public PlanLimits defaultLimits() {
        return defaults;
    }
}
