package ai.seiketsu.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import ai.seiketsu.audit.AuditEvent;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * One row of a chain as stored, hashes included. {@code hash} = SHA-256({@code prevHash} || canonical bytes of
 * the other fields), see {@link ChainHash}.
 */
public record ChainedEvent(long seq, UUID id, Instant occurredAt, String action, String actorType,
        @Nullable String actorId, @Nullable String target, Outcome outcome, @Nullable String ip, byte[] prevHash,
        byte[] hash) {

    /**
     * The row that follows {@code head} in {@code chain}. The time is cut to microseconds first, because that is
     * what PostgreSQL keeps: the hash must be computed over exactly what is read back.
     */
    static ChainedEvent append(AuditChain chain, ChainHead head, UUID id, AuditRecord record, @Nullable String ip) {
        ChainedEvent unsealed = new ChainedEvent(head.seq() + 1, id, record.occurredAt().truncatedTo(ChronoUnit.MICROS),
                record.action(), record.actorType(), record.actorId(), record.target(), record.outcome(), ip,
                head.hash(), new byte[0]);
        return unsealed.withHash(ChainHash.of(chain, unsealed));
    }

    private ChainedEvent withHash(byte[] hash) {
        return new ChainedEvent(seq, id, occurredAt, action, actorType, actorId, target, outcome, ip, prevHash, hash);
    }

    public AuditEvent toEvent() {
        return new AuditEvent(id, seq, occurredAt, action, actorType, actorId, target, outcome, ip);
    }

    /** The last row of a chain (seq and hash), or the empty chain's start: seq 0 and 32 zero bytes. */
    record ChainHead(long seq, byte[] hash) {

        static final ChainHead EMPTY = new ChainHead(0, ChainHash.genesis());
    }
}
