package ai.seiketsu.conversations;

/** Who spoke a turn. */
public enum TurnRole {
    CALLER, AGENT
}
