package ai.seiketsu.leads;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** A lead changed: its details, stage, assignment or a merged contact. Ids only: listeners read the lead. */
public record LeadUpdated(TenantId tenantId, UUID leadId) {
}
