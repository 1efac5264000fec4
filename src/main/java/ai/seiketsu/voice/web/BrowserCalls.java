package ai.seiketsu.voice.web;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.CallFactory;
import ai.seiketsu.voice.internal.VoiceProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every browser call shares: the conversation record (the transport starts and ends it), the call factory, the
 * JSON mapper, the settings, and one timer thread (stop grace periods, unclaimed admissions).
 */
@Component
class BrowserCalls implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BrowserCalls.class);

    private final Conversations conversations;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    final CallFactory factory;
    private final Dialogues dialogues;
    final JsonMapper json;
    final VoiceProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("voice-call-timer").factory());

    BrowserCalls(Conversations conversations, TransactionTemplate transactions, MeterRegistry meters,
            CallFactory factory, JsonMapper json, VoiceProperties properties, Dialogues dialogues) {
        this.dialogues = dialogues;
        this.conversations = conversations;
        this.transactions = transactions;
        this.meters = meters;
        this.factory = factory;
        this.json = json;
        this.properties = properties;
    }

    BrowserCall connect(WebSocketSession session, Admission admission) {
        return new BrowserCall(session, admission, this);
    }

    UUID startConversation(TenantId tenant, UUID agentId) {
        return TenantContext.call(tenant, () -> conversations.start(agentId, Channel.WEB_VOICE));
    }

    /**
     * Ends the conversation with the brain's outcome, lead and summary, and answers what the caller is told. When the
     * brain did not run the call (a call of another kind, or one that never greeted), {@code outcome} and
     * {@code leadId} as the call reported them: the lead is linked in the same transaction as the end, unless the
     * conversation already has one. One that has already ended (e.g. through {@code POST /conversations/{id}/end})
     * stays as it is.
     */
    Dialogues.Concluded endConversation(TenantId tenant, UUID conversationId, ConversationOutcome outcome,
            @Nullable UUID leadId) {
        Dialogues.Concluded reported = new Dialogues.Concluded(outcome, leadId, null);
        return TenantContext.call(tenant, () -> {
            try {
                return Objects.requireNonNull(transactions.execute(status -> {
                    if (leadId != null) {
                        linkUnlessLinked(conversationId, leadId);
                    }
                    Optional<Dialogues.Concluded> concluded = dialogues.concludeCall(conversationId, outcome);
                    if (concluded.isEmpty()) {
                        status.setRollbackOnly(); // it had already ended: not even the lead changes
                        log.debug("Conversation {} had already ended", conversationId);
                        return reported;
                    }
                    return concluded.get();
                }));
            } catch (ProblemException e) {
                if (e.status() != 409) {
                    throw e;
                }
                log.debug("Conversation {} had already ended", conversationId);
                return reported;
            }
        });
    }

    private void linkUnlessLinked(UUID conversationId, UUID leadId) {
        conversations.find(conversationId).map(detail -> detail.conversation())
                .filter(conversation -> conversation.leadId() == null)
                .ifPresent(conversation -> conversations.attachLead(conversationId, leadId));
    }

    /**
     * Counts a call's end by how it came: {@code completed} (the call or the stop grace period ended it),
     * {@code failed} (an error event), {@code slow_client} (the client stopped reading), {@code lost} (the connection
     * went away first).
     */
    void countEnd(String how) {
        Counter.builder("seiketsu.voice.calls.ended").description("Browser calls that ended, by how they ended")
                .tag("how", how).register(meters).increment();
    }

    ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return timer.schedule(task, delay, unit);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
