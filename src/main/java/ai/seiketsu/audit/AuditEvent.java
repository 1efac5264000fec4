package ai.seiketsu.audit;

import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.shared.AuditRecord.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an audit chain as the API shows it. The hashes stay inside: they prove nothing to a reader who
 * cannot recompute them, and {@code POST .../verify} is the way to check them.
 *
 * @param seq position in its chain, from 1 without gaps
 */
public record AuditEvent(UUID id, long seq, Instant occurredAt, String action, String actorType,
        @Nullable String actorId, @Nullable String target, Outcome outcome, @Nullable String ip) {
}
