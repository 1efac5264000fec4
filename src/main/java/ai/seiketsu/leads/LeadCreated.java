package ai.seiketsu.leads;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** A new lead exists (not published when a contact merged into an existing lead: that is a {@link LeadUpdated}). */
public record LeadCreated(TenantId tenantId, UUID leadId) {
}
