package ai.seiketsu.leads;

/** What the lead wants to do. */
public enum Intent {
    BUY, SELL, RENT, INVEST
}
