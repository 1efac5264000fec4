package ai.seiketsu.voice.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/** Tickets in this process: a bounded Caffeine map whose entries expire with their ticket. */
final class LocalTicketStore implements TicketStore {

    private final Cache<String, Entry> tickets;

    LocalTicketStore(long maximumSize) {
        this.tickets = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Entry>creating((hash, entry) -> entry.timeToLive()))
                .build();
    }

    @Override
    public void put(String hash, String value, Duration timeToLive) {
        tickets.put(hash, new Entry(value, timeToLive));
    }

    @Override
    public Optional<String> take(String hash) {
        return Optional.ofNullable(tickets.asMap().remove(hash)).map(Entry::value);
    }

    private record Entry(String value, Duration timeToLive) {
    }
}
