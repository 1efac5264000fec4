package ai.seiketsu.conversations;

/** What a conversation achieved, as product.md names it; set when it ends. */
public enum ConversationOutcome {
    QUALIFIED, APPOINTMENT_BOOKED, INFORMATION_PROVIDED, TRANSFERRED, CALLBACK_REQUESTED, NO_INTEREST, DO_NOT_CALL,
    INCOMPLETE
}
