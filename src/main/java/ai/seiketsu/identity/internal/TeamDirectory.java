package ai.seiketsu.identity.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.seiketsu.agents.TeamRoster;
import ai.seiketsu.identity.Actor;
import ai.seiketsu.identity.Team;
import ai.seiketsu.identity.internal.MembershipRepository.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Team} for other modules, and agents' {@link TeamRoster} (agents may not call identity, which depends on it):
 * reads memberships under the current tenant's row-level security, so another tenant's member is never found.
 */
@Service
class TeamDirectory implements Team, TeamRoster {

    private final MembershipRepository memberships;

    TeamDirectory(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActiveMember(UUID userId) {
        return memberships.find(userId).map(Member::active).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> memberName(UUID userId) {
        return memberships.find(userId).filter(Member::active).map(Member::name).filter(name -> !name.isBlank());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> activeMembersAmong(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : memberships.activeAmong(ids);
    }

    @Override
    public Actor currentActor() {
        CurrentActor actor = CurrentActor.get();
        return new Actor(actor.type(), actor.id());
    }
}
