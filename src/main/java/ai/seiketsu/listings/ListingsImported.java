package ai.seiketsu.listings;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/** An import of listings completed (some rows may have failed). Ids and counts only. */
public record ListingsImported(TenantId tenantId, UUID importId, int rowsImported, int rowsFailed) {
}
