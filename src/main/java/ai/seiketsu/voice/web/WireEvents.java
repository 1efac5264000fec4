package ai.seiketsu.voice.web;

import java.util.UUID;

import ai.seiketsu.conversations.ConversationOutcome;
import org.jspecify.annotations.Nullable;

/** The JSON events the transport itself sends (product.md, "Browser voice"); the call sends the others. */
final class WireEvents {

    static final String BAD_FRAME = "BAD_FRAME";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
    static final String PLAN_LIMIT = "PLAN_LIMIT";
    static final String INTERNAL = "INTERNAL";

    private WireEvents() {
    }

    record Ready(String type, UUID conversationId) {
    }

    record Ended(String type, ConversationOutcome outcome, @Nullable UUID leadId) {
    }

    record Error(String type, String code, String message) {
    }

    static Ready ready(UUID conversationId) {
        return new Ready("ready", conversationId);
    }

    static Ended ended(ConversationOutcome outcome, @Nullable UUID leadId) {
        return new Ended("conversation.ended", outcome, leadId);
    }

    static Error error(String code, String message) {
        return new Error("error", code, message);
    }
}
