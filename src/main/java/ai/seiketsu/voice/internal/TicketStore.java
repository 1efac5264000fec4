package ai.seiketsu.voice.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * Where redeemable tickets wait, by the hash of the ticket (never the ticket itself). {@link #take} is atomic: of
 * any number of concurrent takes of one entry, exactly one gets it.
 */
interface TicketStore {

    void put(String hash, String value, Duration timeToLive);

    /** Removes and answers the entry, if it is there and not expired. */
    Optional<String> take(String hash);
}
