package ai.seiketsu.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.audit.ChainVerification;
import ai.seiketsu.audit.internal.ChainedEvent.ChainHead;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash and the chain check on their own, without a database. */
class AuditHashChainTests {

    private static final TenantId TENANT = TenantId.of("5b0c7a8e-1f3d-4c1e-9a55-6f1a3c2d4e5f");
    private static final AuditChain CHAIN = AuditChain.of(TENANT);
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456789Z");

    @Test
    void theFirstRowLinksToThirtyTwoZeroBytesAndEachNextRowToItsPredecessor() {
        List<ChainedEvent> rows = chain(3);

        assertThat(rows.get(0).prevHash()).hasSize(32).containsOnly(0);
        assertThat(rows.get(1).prevHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows.get(2).prevHash()).isEqualTo(rows.get(1).hash());
        assertThat(rows).extracting(ChainedEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(check(rows)).isEqualTo(ChainVerification.intact(3));
    }

    @Test
    void timeIsKeptToTheMicrosecondThatPostgresStores() {
        assertThat(chain(1).getFirst().occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(ChainHash.micros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1);
    }

    @Test
    void theCanonicalFormKeepsFieldBoundariesAndNullApart() {
        ChainedEvent row = chain(1).getFirst();
        ChainedEvent shifted = with(row, "user", "ab", "c");
        ChainedEvent shiftedOtherWay = with(row, "user", "a", "bc");
        ChainedEvent nullActor = with(row, "user", null, "c");
        ChainedEvent emptyActor = with(row, "user", "", "c");

        assertThat(List.of(shifted, shiftedOtherWay, nullActor, emptyActor))
                .extracting(event -> java.util.HexFormat.of().formatHex(ChainHash.of(CHAIN, event)))
                .doesNotHaveDuplicates();
    }

    @Test
    void theSameRowInAnotherChainHasAnotherHash() {
        ChainedEvent row = chain(1).getFirst();
        assertThat(ChainHash.of(AuditChain.of(TenantId.random()), row)).isNotEqualTo(row.hash());
        assertThat(ChainHash.of(AuditChain.PLATFORM, row)).isNotEqualTo(row.hash());
    }

    @Test
    void anAlteredRowBreaksTheChainAtThatRow() {
        List<ChainedEvent> rows = chain(4);
        rows.set(2, with(rows.get(2), "system", rows.get(2).actorId(), rows.get(2).target()));

        ChainVerification result = check(rows);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("hash");
    }

    @Test
    void aMissingRowBreaksTheChainAtItsPosition() {
        List<ChainedEvent> rows = chain(4);
        rows.remove(1);

        ChainVerification result = check(rows);

        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void swappedRowsBreakTheChainWhereTheOrderChanges() {
        List<ChainedEvent> rows = chain(4);
        ChainedEvent second = rows.get(1);
        ChainedEvent third = rows.get(2);
        rows.set(1, renumbered(third, 2));
        rows.set(2, renumbered(second, 3));

        assertThat(check(rows).firstBrokenSeq()).isEqualTo(2);
        assertThat(check(rows).reason()).contains("prev_hash");
    }

    @Test
    void anEmptyChainIsValid() {
        assertThat(check(List.of())).isEqualTo(ChainVerification.intact(0));
    }

    private static List<ChainedEvent> chain(int length) {
        List<ChainedEvent> rows = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 0; i < length; i++) {
            AuditRecord record = new AuditRecord(TENANT, "test.event_" + i, "user", "actor-" + i, "thing:" + i,
                    Outcome.SUCCESS, "192.0.2.1", AT.plusSeconds(i));
            ChainedEvent row = ChainedEvent.append(CHAIN, head, UUID.randomUUID(), record, record.ip());
            rows.add(row);
            head = new ChainHead(row.seq(), row.hash());
        }
        return rows;
    }

    private static ChainVerification check(List<ChainedEvent> rows) {
        ChainCheck check = new ChainCheck(CHAIN);
        rows.forEach(check::accept);
        return check.result();
    }

    private static ChainedEvent with(ChainedEvent row, String actorType, String actorId, String target) {
        return new ChainedEvent(row.seq(), row.id(), row.occurredAt(), row.action(), actorType, actorId, target,
                row.outcome(), row.ip(), row.prevHash(), row.hash());
    }

    private static ChainedEvent renumbered(ChainedEvent row, long seq) {
        return new ChainedEvent(seq, row.id(), row.occurredAt(), row.action(), row.actorType(), row.actorId(),
                row.target(), row.outcome(), row.ip(), row.prevHash(), row.hash());
    }
}
