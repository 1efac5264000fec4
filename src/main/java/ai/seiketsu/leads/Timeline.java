package ai.seiketsu.leads;

/** When the lead means to move; the sooner, the more the {@code TIMELINE} factor of the score is worth. */
public enum Timeline {
    NOW, ONE_TO_THREE_MONTHS, THREE_TO_SIX_MONTHS, LATER, UNKNOWN
}
