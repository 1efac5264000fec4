package ai.seiketsu.leads;

/** How the lead will pay; {@code PRE_APPROVED} and {@code CASH} earn the {@code FINANCING} factor. */
public enum Financing {
    PRE_APPROVED, CASH, NEEDS_LENDER, UNKNOWN
}
