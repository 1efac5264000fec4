package ai.seiketsu.agents;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The one thing agents must know about the agency's team: which ids are its active members, to check the members a
 * voice agent books with. Identity implements it. Agents cannot ask identity's {@code Team} itself: identity depends
 * on agents (publishable keys belong to an agent), and a call back would close a cycle, so agents states what it
 * needs here and identity provides it.
 */
public interface TeamRoster {

    /** Those of {@code ids} that are active members of the current tenant (not invited, not deactivated). */
    Set<UUID> activeMembersAmong(Collection<UUID> ids);
}
