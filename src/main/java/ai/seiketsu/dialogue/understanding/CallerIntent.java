package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Intent;

/** What a caller's words ask for. One utterance may carry several ("I want to sell and buy a bigger place"). */
public enum CallerIntent {
    BUY, SELL, RENT, INVEST,
    /** A question about a listing: its price, whether it is still available, whether it has a garage. */
    LISTING_QUESTION,
    /** To see a property or meet an agent: a showing, a tour, an appointment. */
    SCHEDULE,
    /** To talk to a person: an agent, a representative, "someone". */
    HUMAN,
    /** Never to be called again (the lead's do-not-call flag). */
    STOP_CALLING,
    GOODBYE;

    /** The lead's intent this is, for the four that are one. */
    public @Nullable Intent leadIntent() {
        return switch (this) {
            case BUY -> Intent.BUY;
            case SELL -> Intent.SELL;
            case RENT -> Intent.RENT;
            case INVEST -> Intent.INVEST;
            default -> null;
        };
    }
}
