package ai.seiketsu.voice;

import java.util.Objects;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/**
 * What a call is, as the transport admitted it: the tenant (from the ticket, never from the client), the voice
 * agent, the conversation the transport started for it (channel {@code WEB_VOICE} in the browser), and the mode.
 */
public record CallContext(TenantId tenant, UUID agentId, UUID conversationId, CallMode mode) {

    public CallContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(mode, "mode");
    }
}
