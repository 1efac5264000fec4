package ai.seiketsu.identity.web;

import java.util.UUID;

import ai.seiketsu.identity.internal.MembershipRepository.Member;
import ai.seiketsu.identity.internal.TeamMembers;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's team: {@code id} is the membership's id, {@code accountId} the person's platform account. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final TeamMembers team;

    UserController(TeamMembers team) {
        this.team = team;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_users:read')")
    Page<Member> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return team.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_users:read')")
    Member get(@PathVariable UUID id) {
        return team.find(id).orElseThrow(() -> ProblemException.notFound("User"));
    }
}
