package ai.seiketsu.dialogue.web;

import java.util.UUID;

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

    TextChannelController(Dialogues dialogues, Conversations conversations) {
        this.dialogues = dialogues;
        this.conversations = conversations;
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
        Dialogues.Opened opened = dialogues.open(agentId, request.channel());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new OpenedResponse(opened.conversationId(), agentId, request.channel(), opened.greeting()));
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send the caller's message and get the agent's reply; 409 once the conversation has ended")
    @ApiExample(request = MESSAGE, response = REPLY)
    ResponseEntity<MessageResponse> message(@PathVariable UUID id, @RequestBody MessageRequest request) {
        requireOwnConversation(id);
        if (request.text() != null && request.text().indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold U+0000: refused here rather than failing the turn's insert with a 500
            throw ProblemException.invalid("text", "must not contain the NUL character (U+0000)");
        }
        Dialogues.Answered answered = dialogues.message(id, request.text());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new MessageResponse(answered.reply(),
                answered.ended(), answered.leadId(), answered.outcome()));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a conversation; what was learned is saved and the outcome follows from it")
    ResponseEntity<Conversation> end(@PathVariable UUID id) {
        requireOwnConversation(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dialogues.end(id));
    }

    /** A {@code pk_} key reaches only its own agent's conversations; another's is not found. */
    private void requireOwnConversation(UUID id) {
        PublishableKeyPrincipal website = website();
        if (website != null) {
            UUID agentId = conversations.find(id).map(detail -> detail.conversation().agentId())
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
