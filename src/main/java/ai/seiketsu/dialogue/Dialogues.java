package ai.seiketsu.dialogue;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.agents.DialogueMode;
import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversation;
import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.conversations.ConversationStatus;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.conversations.Turn;
import ai.seiketsu.conversations.TurnRole;
import ai.seiketsu.dialogue.guard.FairHousingGuard;
import ai.seiketsu.dialogue.guided.Conclusion;
import ai.seiketsu.dialogue.guided.DialogueState;
import ai.seiketsu.dialogue.guided.GuidedDialogue;
import ai.seiketsu.dialogue.guided.Reply;
import ai.seiketsu.dialogue.internal.DialogueStateRepository;
import ai.seiketsu.dialogue.internal.DialogueStateRepository.Row;
import ai.seiketsu.dialogue.internal.Worlds;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.pipeline.Responder;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The brain at work: runs the current tenant's guided conversations on every channel. The text channel opens a
 * conversation, answers its messages and ends it here; a voice call gets a {@link Responder} from here and ends its
 * conversation here too. Each turn runs in one transaction that holds the conversation's state locked: the caller's
 * words, the facts written to the lead, any booking, the agent's reply and the new state land together, so two
 * messages to one conversation are answered in order and a dropped call loses nothing it was told.
 */
@Service
public class Dialogues {

    /** A text conversation just opened: its id and the agent's first words. */
    public record Opened(UUID conversationId, String greeting) {
    }

    /** The agent's answer to one message. */
    public record Answered(String reply, boolean ended, @Nullable UUID leadId, @Nullable ConversationOutcome outcome) {
    }

    /** How a conversation ended. */
    public record Concluded(ConversationOutcome outcome, @Nullable UUID leadId, @Nullable String summary) {
    }

    private static final int MAX_TEXT = 2_000;
    private static final long SLOW_TURN_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Logger log = LoggerFactory.getLogger(Dialogues.class);

    private final GuidedDialogue brain = new GuidedDialogue(new FairHousingGuard());
    private final VoiceAgents agents;
    private final Conversations conversations;
    private final DialogueStateRepository states;
    private final Worlds worlds;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Leads leads;
    private final MeterRegistry meters;

    Dialogues(VoiceAgents agents, Conversations conversations, DialogueStateRepository states, Worlds worlds,
            TransactionTemplate transactions, Clock clock, Leads leads, MeterRegistry meters) {
        this.meters = meters;
        this.leads = leads;
        this.agents = agents;
        this.conversations = conversations;
        this.states = states;
        this.worlds = worlds;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- the text channel

    /** Opens a text conversation with the agent (404 when it is not the tenant's) and answers its greeting. */
    public Opened open(UUID agentId, Channel channel) {
        if (channel == Channel.PHONE || channel == Channel.WEB_VOICE) {
            throw ProblemException.invalid("channel", "must be API_TEXT or WEB_CHAT; voice calls use /voice/tickets");
        }
        return inTransaction(() -> {
            VoiceAgent agent = agent(agentId);
            UUID id = conversations.start(agentId, channel);
            DialogueState state = new DialogueState();
            Reply greeting = brain.greet(state, worlds.of(agent, channel));
            states.insert(TenantContext.require(), id, agentId, channel, state, clock.instant());
            conversations.appendTurn(id, agentTurn(greeting.text()));
            return new Opened(id, greeting.text());
        });
    }

    /**
     * Answers one typed message: the caller's words and the agent's reply are added to the transcript. 404 for a
     * conversation that is not the tenant's or not a text conversation, 409 once it has ended.
     */
    public Answered message(UUID conversationId, @Nullable String text) {
        String said = requireText(text);
        return timed(Channel.API_TEXT, () -> inTransaction(() -> {
            Row row = textConversation(conversationId);
            conversations.appendTurn(conversationId, Turn.caller(said, clock.instant()));
            Reply reply = answer(row, said);
            conversations.appendTurn(conversationId, agentTurn(reply.text()));
            Concluded end = reply.ended() ? conclude(row) : null;
            return new Answered(reply.text(), reply.ended(), row.state().leadId(), end == null ? null : end.outcome());
        }));
    }

    /**
     * Ends a conversation on request (a text conversation, or a call ended through the API): what was learned is
     * written to the lead and the outcome follows from it. 409 when it has already ended.
     */
    public Conversation end(UUID conversationId) {
        return inTransaction(() -> {
            Conversation conversation = conversations.findWithoutTurns(conversationId)
                    .orElseThrow(() -> ProblemException.notFound("Conversation"));
            if (conversation.status() == ConversationStatus.ENDED) {
                throw ProblemException.conflict("The conversation has already ended.");
            }
            Optional<Row> row = states.findForUpdate(conversationId);
            if (row.isPresent()) {
                conclude(row.get());
            }
            else {
                conversations.end(conversationId, ConversationOutcome.INCOMPLETE, null);
            }
            return conversations.findWithoutTurns(conversationId).orElseThrow();
        });
    }

    // ---- voice calls

    /**
     * The responder of one voice call: the pipeline calls it from its own threads, outside any request, so it runs
     * every turn in {@code tenant}'s context.
     */
    public Responder responder(TenantId tenant, UUID conversationId, UUID agentId, Channel channel) {
        return new CallResponder(tenant, conversationId, agentId, channel);
    }

    /**
     * Ends a call's conversation: the brain's outcome when it ran the call ({@code otherwise} when it did not, as
     * for a call that never greeted), with the lead attached and the summary written. An already-ended conversation
     * stays as it is and answers empty.
     */
    public Optional<Concluded> concludeCall(UUID conversationId, ConversationOutcome otherwise) {
        return inTransaction(() -> {
            Conversation conversation = conversations.findWithoutTurns(conversationId)
                    .orElseThrow(() -> ProblemException.notFound("Conversation"));
            if (conversation.status() == ConversationStatus.ENDED) {
                states.delete(conversationId); // a state left behind by an end that raced the greeting
                return Optional.empty();
            }
            Optional<Row> row = states.findForUpdate(conversationId);
            if (row.isPresent()) {
                return Optional.of(conclude(row.get()));
            }
            conversations.end(conversationId, otherwise, null);
            return Optional.of(new Concluded(otherwise, conversation.leadId(), null));
        });
    }

    private final class CallResponder implements Responder {

        private final TenantId tenant;
        private final UUID conversationId;
        private final UUID agentId;
        private final Channel channel;

        CallResponder(TenantId tenant, UUID conversationId, UUID agentId, Channel channel) {
            this.tenant = tenant;
            this.conversationId = conversationId;
            this.agentId = agentId;
            this.channel = channel;
        }

        @Override
        public void greet(Sentences out) throws InterruptedException {
            Reply greeting = TenantContext.call(tenant, () -> inTransaction(() -> {
                VoiceAgent agent = agent(agentId);
                DialogueState state = new DialogueState();
                Reply reply = brain.greet(state, worlds.of(agent, channel));
                boolean active = conversations.findWithoutTurns(conversationId)
                        .map(conversation -> conversation.status() == ConversationStatus.ACTIVE).orElse(false);
                if (!active) {
                    return new Reply(List.of(), true); // the call ended while it was being greeted: no state to keep
                }
                states.insert(tenant, conversationId, agentId, channel, state, clock.instant());
                return reply;
            }));
            speak(greeting, out);
        }

        @Override
        public void respond(String callerText, Sentences out) throws InterruptedException {
            Reply reply = TenantContext.call(tenant, () -> timed(channel, () -> inTransaction(() -> {
                // no state: the conversation was ended meanwhile (POST /end); the call ends too
                Row row = states.findForUpdate(conversationId).orElse(null);
                if (row == null || row.state().ended()) {
                    return new Reply(List.of(), true);
                }
                return answer(row, callerText);
            })));
            speak(reply, out);
        }

        private void speak(Reply reply, Sentences out) throws InterruptedException {
            for (String sentence : reply.sentences()) {
                out.sentence(sentence);
            }
            if (reply.ended()) {
                out.endCall();
            }
        }
    }

    // ---- one turn

    private Reply answer(Row row, String said) {
        VoiceAgent agent = agent(row.agentId());
        DialogueState state = row.state();
        UUID leadBefore = state.leadId();
        UUID appointmentBefore = state.appointmentId();
        Reply reply = brain.answer(state, said, worlds.of(agent, row.channel()));
        states.update(row.conversationId(), state, clock.instant());
        if (state.leadId() != null && !state.leadId().equals(leadBefore)) {
            conversations.attachLead(row.conversationId(), state.leadId());
            leads.conversationHeld(state.leadId(), row.conversationId());
        }
        if (state.appointmentId() != null && !state.appointmentId().equals(appointmentBefore)) {
            conversations.addAppointment(row.conversationId(), state.appointmentId());
        }
        return reply;
    }

    /** Writes the last facts, ends the conversation with its outcome and summary, and drops the state. */
    private Concluded conclude(Row row) {
        DialogueState state = row.state();
        VoiceAgent agent = agents.find(row.agentId()).orElse(null); // null: deleted during the conversation
        UUID leadBefore = state.leadId();
        if (agent != null) {
            brain.close(state, worlds.of(agent, row.channel()));
        }
        if (state.leadId() != null && !state.leadId().equals(leadBefore)) {
            conversations.attachLead(row.conversationId(), state.leadId());
            leads.conversationHeld(state.leadId(), row.conversationId());
        }
        ConversationOutcome outcome = Conclusion.outcome(state);
        String summary = Conclusion.summary(state, zone());
        conversations.end(row.conversationId(), outcome, summary);
        states.delete(row.conversationId());
        return new Concluded(outcome, state.leadId(), summary);
    }

    private Row textConversation(UUID conversationId) {
        Optional<Row> row = states.findForUpdate(conversationId);
        if (row.isEmpty() || row.get().channel() == Channel.PHONE || row.get().channel() == Channel.WEB_VOICE) {
            Conversation conversation = conversations.findWithoutTurns(conversationId)
                    .orElseThrow(() -> ProblemException.notFound("Conversation"));
            if (conversation.status() == ConversationStatus.ENDED) {
                throw ProblemException.conflict("The conversation has ended.");
            }
            throw ProblemException.conflict("This conversation is a voice call; messages go to text conversations.");
        }
        return row.get();
    }

    private VoiceAgent agent(UUID agentId) {
        VoiceAgent agent = agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Voice agent"));
        if (agent.dialogue().mode() != DialogueMode.GUIDED) {
            throw ProblemException.conflict("This voice agent's dialogue mode is not available.");
        }
        return agent;
    }

    private ZoneId zone() {
        return worlds.zone();
    }

    private Turn agentTurn(String text) {
        return new Turn(TurnRole.AGENT, text, clock.instant(), false, false, null, null, null, null, null);
    }

    private static String requireText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "is required");
        }
        if (text.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "must be at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    /**
     * Times one turn, from taking the conversation's lock to the commit: {@code seiketsu.dialogue.turn}, tagged by
     * voice or text (never by tenant). A turn over a second is logged, since a caller is waiting on it.
     */
    private <T> T timed(Channel channel, java.util.function.Supplier<T> turn) {
        long started = System.nanoTime();
        try {
            return turn.get();
        }
        finally {
            long nanos = System.nanoTime() - started;
            String kind = channel == Channel.PHONE || channel == Channel.WEB_VOICE ? "voice" : "text";
            Timer.builder("seiketsu.dialogue.turn").description("One guided dialogue turn, database work included")
                    .tag("channel", kind).publishPercentileHistogram().register(meters)
                    .record(nanos, TimeUnit.NANOSECONDS);
            if (nanos > SLOW_TURN_NANOS) {
                log.warn("slow {} dialogue turn: {} ms", kind, nanos / 1_000_000);
            }
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }
}
