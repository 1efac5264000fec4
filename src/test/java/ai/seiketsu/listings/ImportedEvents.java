package ai.seiketsu.listings;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records {@link ListingsImported} events for the tests. A component of the test sources, found by the
 * application's component scan, so the shared test context stays the same for every test.
 */
@Component
class ImportedEvents {

    private final List<ListingsImported> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ListingsImported event) {
        seen.add(event);
    }

    List<ListingsImported> of(UUID importId) {
        return seen.stream().filter(e -> e.importId().equals(importId)).toList();
    }
}
