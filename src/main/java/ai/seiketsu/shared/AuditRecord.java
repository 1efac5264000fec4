package ai.seiketsu.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A security-relevant fact for the audit log, published as an application event by the module where it
 * happens (sign-in, role change, key revoked, tenant suspended, access denied...). The audit module appends it
 * to the tenant's hash chain, or to the platform chain when {@code tenantId} is null (operator actions, failed
 * sign-in for an unknown e-mail). Ids and short codes only: never a password, token, key or transcript.
 *
 * @param tenantId   the tenant the fact belongs to, or null for the platform chain
 * @param action     dotted lower-case verb phrase, e.g. {@code auth.sign_in}, {@code tenant.suspended}
 * @param actorType  who acted: {@code user}, {@code api_key}, {@code operator}, {@code anonymous}, {@code system}
 * @param actorId    the user (membership) id, key id or null
 * @param target     what it was done to, e.g. {@code tenant:<id>}, {@code user:<id>}, or null
 * @param outcome    {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param ip         the client address as the server sees it, or null outside a request
 * @param occurredAt when it happened
 */
public record AuditRecord(@Nullable TenantId tenantId, String action, String actorType, @Nullable String actorId,
        @Nullable String target, Outcome outcome, @Nullable String ip, Instant occurredAt) {

    /** How the audited attempt ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }
}
