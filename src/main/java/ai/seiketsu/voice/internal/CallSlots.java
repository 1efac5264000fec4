package ai.seiketsu.voice.internal;

import java.util.Optional;

import ai.seiketsu.shared.TenantId;

/**
 * The tenant's concurrent calls, counted against its plan ({@code PlanLimits.concurrentCalls}): a call holds a slot
 * from before its connection is accepted until it ends.
 */
public interface CallSlots {

    /** A slot for one more call of {@code tenant}, unless {@code cap} calls are live already. */
    Optional<CallSlot> tryAcquire(TenantId tenant, int cap);

    /** One live call's place in its tenant's count. */
    interface CallSlot {

        /** Frees the place; releasing twice frees it once. */
        void release();
    }
}
