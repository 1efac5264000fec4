package ai.seiketsu.identity;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;

/**
 * A signed-in team member, as the security context holds them: {@code userId} is the membership's id (the
 * user id of the API), {@code role} the current role in this tenant.
 */
public record StaffPrincipal(TenantId tenant, UUID userId, UUID accountId, Role role) {
}
