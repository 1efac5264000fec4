package ai.seiketsu.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One call or session between a caller and a voice agent (product.md's Conversation without its turns, which
 * {@link ConversationDetail} adds).
 *
 * @param outcome   null while the conversation is active
 * @param leadId    the lead it created or matched, once known
 * @param summary   what happened, in a few sentences, written when it ends
 * @param recording null when the conversation was not recorded (or the recording was deleted)
 */
public record Conversation(UUID id, UUID agentId, Channel channel, ConversationStatus status,
        @Nullable ConversationOutcome outcome, @Nullable UUID leadId, List<UUID> appointmentIds,
        @Nullable String summary, Instant startedAt, @Nullable Instant endedAt, @Nullable Recording recording) {

    public Conversation {
        appointmentIds = List.copyOf(appointmentIds);
    }
}
