package ai.seiketsu.dialogue.understanding;

/**
 * What the voice agent has just asked, when a bare answer means something only because of the question: "three"
 * is three bedrooms after "how many bedrooms?", "four fifty" a budget after "what's your budget?", "Maria Lopez" a
 * name after "who am I speaking with?", "not sure" an unknown timeline after "when are you hoping to move?".
 */
public enum Slot {
    BUDGET, BEDROOMS, BATHROOMS, TIMELINE, FINANCING, MOTIVATION, NAME, TIME
}
