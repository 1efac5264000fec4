package ai.seiketsu.voice.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import ai.seiketsu.shared.TenantId;

/**
 * Call slots counted in this process (no Redis configured): exact for one instance, and nothing can leak, since a
 * slot lives no longer than the process that holds it.
 */
final class LocalCallSlots implements CallSlots {

    private final Map<TenantId, Integer> live = new ConcurrentHashMap<>();

    @Override
    public Optional<CallSlot> tryAcquire(TenantId tenant, int cap) {
        AtomicBoolean granted = new AtomicBoolean();
        live.compute(tenant, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= cap) {
                return count;
            }
            granted.set(true);
            return current + 1;
        });
        return granted.get() ? Optional.of(slot(tenant)) : Optional.empty();
    }

    int liveCalls(TenantId tenant) {
        return live.getOrDefault(tenant, 0);
    }

    private CallSlot slot(TenantId tenant) {
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                live.computeIfPresent(tenant, (key, count) -> count <= 1 ? null : count - 1);
            }
        };
    }
}
