package ai.seiketsu.identity.internal;

import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.internal.MembershipRepository.Member;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the current tenant's team. Changing it (roles, invitations, deactivation) comes next. */
@Service
public class TeamMembers {

    private final MembershipRepository memberships;

    TeamMembers(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Transactional(readOnly = true)
    public Page<Member> list(PageRequest page) {
        return memberships.list(page);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(UUID id) {
        return memberships.find(id);
    }
}
