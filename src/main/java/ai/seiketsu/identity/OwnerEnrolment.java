package ai.seiketsu.identity;

import java.util.UUID;

import ai.seiketsu.shared.EmailAddress;

/**
 * The owner of a new tenant: {@code userId} is the membership's id (the user id of the API), {@code accountId}
 * the platform-wide account, which already existed when {@code existingAccount} is true.
 */
public record OwnerEnrolment(UUID userId, UUID accountId, EmailAddress email, boolean existingAccount) {
}
