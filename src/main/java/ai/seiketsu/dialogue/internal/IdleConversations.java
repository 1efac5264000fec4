package ai.seiketsu.dialogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.Tenants;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends conversations nobody finished: a website chat whose visitor closed the tab, a call whose node died. After
 * {@link #IDLE} without a turn, the conversation is concluded like a hang-up (what was learned goes to the lead, the
 * outcome and summary are written, {@code ConversationEnded} is published), so no conversation stays active forever
 * and no lead waits for an outcome that never comes. A JobRunr recurring job: one node runs it at a time.
 */
@Component
public class IdleConversations {

    /** How long a conversation may go without a turn before it is ended. */
    static final Duration IDLE = Duration.ofMinutes(30);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(IdleConversations.class);

    private final Tenants tenants;
    private final DialogueStateRepository states;
    private final Dialogues dialogues;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Clock clock;

    IdleConversations(Tenants tenants, DialogueStateRepository states, Dialogues dialogues,
            org.springframework.transaction.support.TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.states = states;
        this.dialogues = dialogues;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Recurring(id = "dialogue-idle-conversations", interval = "PT5M")
    @Job(name = "End idle conversations")
    public void endIdle() {
        int ended = endIdleBefore(clock.instant().minus(IDLE));
        if (ended > 0) {
            log.info("ended {} idle conversations", ended);
        }
    }

    /** Ends every conversation of every tenant idle since before {@code before}; answers how many. */
    public int endIdleBefore(Instant before) {
        int ended = 0;
        String cursor = null;
        do {
            Page<Tenant> page = tenants.list(PageRequest.of(PageRequest.MAX_LIMIT, cursor));
            for (Tenant tenant : page.items()) {
                ended += TenantContext.call(tenant.id(), () -> endIdleOfTenant(before));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return ended;
    }

    private int endIdleOfTenant(Instant before) {
        int ended = 0;
        while (true) {
            List<UUID> idle = transactions.execute(status -> states.idleSince(before, BATCH));
            int endedNow = 0;
            for (UUID conversation : idle == null ? List.<UUID>of() : idle) {
                endedNow += end(conversation) ? 1 : 0;
            }
            ended += endedNow;
            if (idle == null || idle.size() < BATCH || endedNow == 0) {
                return ended; // a batch that ended nothing would come back unchanged
            }
        }
    }

    private boolean end(UUID conversation) {
        try {
            return dialogues.concludeCall(conversation, ConversationOutcome.INCOMPLETE).isPresent();
        }
        catch (ProblemException | IllegalStateException e) {
            log.warn("idle conversation {} could not be ended: {}", conversation, e.getMessage());
            return false;
        }
    }
}
