package ai.seiketsu.agents;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/**
 * A voice agent was deleted. Published inside the deleting transaction, so that what hangs off the agent in other
 * modules (its publishable keys in identity) goes with it in the same commit. Ids only.
 */
public record VoiceAgentDeleted(TenantId tenantId, UUID agentId) {
}
