package ai.seiketsu.identity.internal;

import java.util.UUID;

import ai.seiketsu.identity.Actor;
import ai.seiketsu.identity.Team;
import ai.seiketsu.identity.internal.MembershipRepository.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Team} for other modules: reads memberships under the current tenant's row-level security. */
@Service
class TeamDirectory implements Team {

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
    public Actor currentActor() {
        CurrentActor actor = CurrentActor.get();
        return new Actor(actor.type(), actor.id());
    }
}
