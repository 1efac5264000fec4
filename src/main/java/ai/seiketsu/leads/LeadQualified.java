package ai.seiketsu.leads;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** A lead reached {@code QUALIFIED} (by its score or by hand): time for a person to follow up. */
public record LeadQualified(TenantId tenantId, UUID leadId) {
}
