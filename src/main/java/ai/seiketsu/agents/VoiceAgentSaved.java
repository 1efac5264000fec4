package ai.seiketsu.agents;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** A voice agent was created or changed (ids only: read the agent itself inside its tenant). */
public record VoiceAgentSaved(TenantId tenantId, UUID agentId) {
}
