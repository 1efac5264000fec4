package ai.seiketsu.conversations;

/** A conversation is {@code ACTIVE} until it ends; an ended one takes no more turns. */
public enum ConversationStatus {
    ACTIVE, ENDED
}
