package ai.seiketsu.audit.internal;

import java.security.MessageDigest;

import ai.seiketsu.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * Walks one chain in seq order and finds the first place where it does not hold: a missing position (a deleted
 * row), a row that does not link to the one before it (deleted, reordered or inserted rows), or a row whose
 * contents no longer give its hash (an altered row). Rows removed from the end leave a shorter chain that is
 * still valid; only a copy of the head kept elsewhere can show that.
 */
public final class ChainCheck {

    private final AuditChain chain;
    private long checked;
    private long expectedSeq = 1;
    private byte[] previousHash = ChainHash.genesis();
    private @Nullable ChainVerification broken;

    public ChainCheck(AuditChain chain) {
        this.chain = chain;
    }

    /** Checks the next row; false once the chain is broken, since nothing after the break can be trusted. */
    public boolean accept(ChainedEvent row) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (row.seq() != expectedSeq) {
            broken = ChainVerification.broken(checked, expectedSeq,
                    "row " + expectedSeq + " is missing (the next row found is " + row.seq() + ")");
        } else if (!MessageDigest.isEqual(row.prevHash(), previousHash)) {
            broken = ChainVerification.broken(checked, row.seq(), row.seq() == 1
                    ? "the first row does not start the chain"
                    : "prev_hash does not match the hash of row " + (row.seq() - 1));
        } else if (!MessageDigest.isEqual(row.hash(), ChainHash.of(chain, row))) {
            broken = ChainVerification.broken(checked, row.seq(), "the row's contents do not match its hash");
        }
        previousHash = row.hash();
        expectedSeq = row.seq() + 1;
        return broken == null;
    }

    public ChainVerification result() {
        return broken != null ? broken : ChainVerification.intact(checked);
    }
}
