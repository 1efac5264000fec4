package ai.seiketsu.conversations;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A conversation ended (webhooks' {@code conversation.ended}, follow-up work). Ids only: the event publication
 * table sits outside row-level security; listeners read the outcome and summary inside the tenant.
 */
public record ConversationEnded(TenantId tenantId, UUID conversationId, UUID agentId, @Nullable UUID leadId) {
}
