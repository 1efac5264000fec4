package ai.seiketsu.dialogue.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversation;
import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.identity.PublishableKeyPrincipal;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The text channel: the same brain as on the phone, without audio. {@code API_TEXT} is for integrations,
 * {@code WEB_CHAT} for the website widget's typed mode. Allowed for {@code conversations:write} keys, staff, and the
 * voice agent's own {@code pk_} key (which reaches only that agent's conversations: another agent's is 404).
 *
 * <p>A turn holds a pooled database connection for the whole of the brain's work. With virtual threads nothing
 * bounds how many requests reach the pool at once: under a burst (200 conversations typing at once on 2 cores) the
 * turns queued for a connection longer than the pool's 5 s and failed with 500. At most
 * {@code seiketsu.text-channel.concurrent-turns} (default 10, half the default pool, so that voice calls and the
 * rest of the API keep connections) turns run at once on a node; the others wait their turn in arrival order, up to
 * {@code seiketsu.text-channel.turn-wait} (default 30 s), and are then answered 503 with {@code Retry-After}.
 */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations")
@PreAuthorize("hasAnyRole('OWNER', 'ADMIN', 'AGENT', 'VIEWER') or hasAuthority('SCOPE_conversations:write')"
        + " or hasAuthority('PUBLISHABLE_KEY')")
class TextChannelController {

    private static final String OPEN_REQUEST = """
            {"agentId": "0b7f5a52-3c1e-4a51-9a3e-6f1f2b8f4c10", "channel": "WEB_CHAT"}""";
    private static final String OPENED = """
            {"id": "5d0c8e5e-2f7a-4c39-9f0e-1b2a3c4d5e6f", "agentId": "0b7f5a52-3c1e-4a51-9a3e-6f1f2b8f4c10",
             "channel": "WEB_CHAT", "greeting": "Hi, thanks for reaching Sunrise Realty. How can I help you today?"}""";
    private static final String MESSAGE = """
            {"text": "I'm looking to buy a three bedroom house in Austin, around 500k"}""";
    private static final String REPLY = """
            {"reply": "Got it: you'd like to buy, Austin, up to $500,000, 3 bedrooms and a single-family house. \
            And how many bathrooms would you like?", "ended": false, "leadId": null, "outcome": null}""";

    private final Dialogues dialogues;
    private final Conversations conversations;
    private final Semaphore turns;
    private final Duration turnWait;

    TextChannelController(Dialogues dialogues, Conversations conversations,
            @Value("${seiketsu.text-channel.concurrent-turns:10}") int concurrentTurns,
            @Value("${seiketsu.text-channel.turn-wait:30s}") Duration turnWait) {
        this.dialogues = dialogues;
        this.conversations = conversations;
        this.turns = new Semaphore(Math.max(1, concurrentTurns), true);
        this.turnWait = turnWait;
    }

    record OpenRequest(@Nullable UUID agentId, @Nullable Channel channel) {
    }

    record OpenedResponse(UUID id, UUID agentId, Channel channel, String greeting) {
    }

    record MessageRequest(@Nullable String text) {
    }

    record MessageResponse(String reply, boolean ended, @Nullable UUID leadId, @Nullable ConversationOutcome outcome) {
    }

    @PostMapping
    @Operation(summary = "Open a text conversation with a voice agent; the answer carries the agent's greeting")
    @ApiResponse(responseCode = "201", description = "Opened")
    @ApiExample(request = OPEN_REQUEST, response = OPENED, status = "201")
    ResponseEntity<OpenedResponse> open(@RequestBody OpenRequest request) {
        UUID agentId = request.agentId();
        if (agentId == null) {
            throw ProblemException.invalid("agentId", "is required");
        }
        if (request.channel() == null) {
            throw ProblemException.invalid("channel", "is required: API_TEXT or WEB_CHAT");
        }
        requireOwnAgent(agentId, true);
        Dialogues.Opened opened = admitted(() -> dialogues.open(agentId, request.channel()));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new OpenedResponse(opened.conversationId(), agentId, request.channel(), opened.greeting()));
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send the caller's message and get the agent's reply; 409 once the conversation has ended")
    @ApiExample(request = MESSAGE, response = REPLY)
    ResponseEntity<MessageResponse> message(@PathVariable UUID id, @RequestBody MessageRequest request) {
        Dialogues.Answered answered = admitted(() -> {
            requireOwnConversation(id);
            try {
                if (request.text() != null && request.text().indexOf('\0') >= 0) {
                    // PostgreSQL text cannot hold U+0000: refused here rather than failing the turn's insert (500)
                    throw ProblemException.invalid("text", "must not contain the NUL character (U+0000)");
                }
                return dialogues.message(id, request.text());
            }
            catch (ProblemException e) {
                // the text is checked before the conversation is looked for: a conversation that is not there (or
                // another tenant's) is 404 whatever was sent to it, not 400
                if (e.status() == 400 && conversations.findWithoutTurns(id).isEmpty()) {
                    throw ProblemException.notFound("Conversation");
                }
                throw e;
            }
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new MessageResponse(answered.reply(),
                answered.ended(), answered.leadId(), answered.outcome()));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a conversation; what was learned is saved and the outcome follows from it")
    ResponseEntity<Conversation> end(@PathVariable UUID id) {
        Conversation ended = admitted(() -> {
            requireOwnConversation(id);
            return dialogues.end(id);
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ended);
    }

    /** Runs a turn once fewer than {@code concurrent-turns} others run; 503 after waiting {@code turn-wait}. */
    private <T> T admitted(Supplier<T> turn) {
        try {
            if (!turns.tryAcquire(turnWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return turn.get();
        }
        finally {
            turns.release();
        }
    }

    /** Whether a turn is waiting for a place (for tests of the admission). */
    boolean turnsWaiting() {
        return turns.hasQueuedThreads();
    }

    private static ProblemException busy() {
        return new ProblemException(503, ProblemCodes.SERVICE_UNAVAILABLE,
                "The agent is answering many conversations at the moment; try again shortly.", java.util.List.of(),
                Map.of("retryAfterSeconds", 1));
    }

    /** A {@code pk_} key reaches only its own agent's conversations; another's is not found. */
    private void requireOwnConversation(UUID id) {
        PublishableKeyPrincipal website = website();
        if (website != null) {
            UUID agentId = conversations.findWithoutTurns(id).map(Conversation::agentId)
                    .orElseThrow(() -> ProblemException.notFound("Conversation"));
            if (!agentId.equals(website.agentId())) {
                throw ProblemException.notFound("Conversation");
            }
        }
    }

    private void requireOwnAgent(UUID agentId, boolean forbidden) {
        PublishableKeyPrincipal website = website();
        if (website != null && !website.agentId().equals(agentId) && forbidden) {
            throw new ProblemException(403, ProblemCodes.FORBIDDEN, "This key is for another voice agent.");
        }
    }

    private static @Nullable PublishableKeyPrincipal website() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getPrincipal() instanceof PublishableKeyPrincipal website ? website : null;
    }
}
