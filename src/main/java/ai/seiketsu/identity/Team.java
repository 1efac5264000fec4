package ai.seiketsu.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask about the current tenant's team and the caller, without seeing identity's
 * internals (accounts, memberships, keys).
 */
public interface Team {

    /** Whether {@code userId} is an active member of the current tenant (not invited, not deactivated). */
    boolean isActiveMember(UUID userId);

    /** The name callers may hear for an active member of the current tenant ("Jane Smith"); empty otherwise. */
    Optional<String> memberName(UUID userId);

    /** Who is acting in the current request: a team member, an API key, ... or {@code anonymous}. */
    Actor currentActor();
}
