package ai.seiketsu.identity;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/**
 * A website calling with a voice agent's {@code pk_} key. It carries no scope: the only endpoints that accept it
 * (starting and continuing conversations, voice tickets) check that {@code agentId} is the agent asked for.
 */
public record PublishableKeyPrincipal(TenantId tenant, UUID keyId, UUID agentId) {

    /** The one authority such a caller has; endpoints that serve websites allow it explicitly. */
    public static final String AUTHORITY = "PUBLISHABLE_KEY";
}
