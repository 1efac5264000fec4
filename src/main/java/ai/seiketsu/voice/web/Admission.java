package ai.seiketsu.voice.web;

import java.util.concurrent.atomic.AtomicBoolean;

import ai.seiketsu.voice.internal.CallSlots.CallSlot;
import ai.seiketsu.voice.internal.VoiceTicket;
import org.jspecify.annotations.Nullable;

/**
 * What the handshake decided for one connection: the redeemed ticket, and the plan slot it holds, or none when the
 * tenant's concurrent calls were used up (the connection is then told {@code PLAN_LIMIT} and closed). Exactly one
 * party takes the slot over: the connection once it is established, or the handshake's clean-up when it is not.
 */
record Admission(VoiceTicket ticket, @Nullable CallSlot slot, AtomicBoolean claimed) {

    static final String ATTRIBUTE = Admission.class.getName();

    Admission(VoiceTicket ticket, @Nullable CallSlot slot) {
        this(ticket, slot, new AtomicBoolean());
    }

    /** True for the one caller that now owns the slot. */
    boolean claim() {
        return claimed.compareAndSet(false, true);
    }

    /** Frees the slot unless the connection claimed it. */
    void abandon() {
        if (claim() && slot != null) {
            slot.release();
        }
    }
}
