package ai.seiketsu.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing a chain: {@code {"valid", "checked", "firstBrokenSeq", "reason"}}.
 *
 * @param checked        how many rows were read
 * @param firstBrokenSeq the first position at which the chain does not hold (for a deleted row, the missing
 *                       position), or null when it is valid
 * @param reason         what is wrong there, or null when it is valid
 */
public record ChainVerification(boolean valid, long checked, @Nullable Long firstBrokenSeq,
        @Nullable String reason) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
