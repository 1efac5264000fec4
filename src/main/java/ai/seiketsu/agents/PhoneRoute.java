package ai.seiketsu.agents;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** Where a called number leads: the tenant and its voice agent that answer it. */
public record PhoneRoute(TenantId tenant, UUID agentId) {
}
