package ai.seiketsu.dialogue.understanding;

/** A yes or a no to the agent's question ("yeah", "correct", "that's right"; "nope", "not really", "that's wrong"). */
public enum Answer {
    YES, NO
}
