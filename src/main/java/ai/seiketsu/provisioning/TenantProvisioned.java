package ai.seiketsu.provisioning;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** A tenant was created with its owner, default voice agent and first key. Ids only, never personal data. */
public record TenantProvisioned(TenantId tenantId, UUID ownerUserId, UUID voiceAgentId) {
}
