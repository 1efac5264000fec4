package ai.seiketsu.agents;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a voice agent may ask a caller to qualify them as a lead (product.md, "Core journeys", 1). */
public enum QualificationFact {
    INTENT, AREA, BUDGET, BEDROOMS, BATHROOMS, PROPERTY_TYPE, TIMELINE, FINANCING, MOTIVATION, NAME, CALLBACK_NUMBER,
    EMAIL;

    /** The facts a new agent asks for: everything that earns lead-score points, the name and a callback number. */
    public static final Set<QualificationFact> DEFAULTS =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(EMAIL)));
}
