package ai.seiketsu.identity.web;

import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.identity.Role;
import ai.seiketsu.identity.internal.MembershipRepository.Member;
import ai.seiketsu.identity.internal.TeamMembers;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's team: {@code id} is the membership's id, {@code accountId} the person's platform account.
 * Inviting returns a single-use link (7 days) for an admin to pass on; e-mail delivery comes later.
 */
@RestController
@Tag(name = "Team")
@RequestMapping("/api/v1/users")
class UserController {

    private final TeamMembers team;

    UserController(TeamMembers team) {
        this.team = team;
    }

    record InviteRequest(@Nullable String email, @Nullable Role role) {
    }

    record InvitedResponse(Member user, String invitationUrl, Instant invitationExpiresAt) {
    }

    record ChangeRequest(@Nullable Role role, @Nullable String status) {
    }

    record AcceptRequest(@NotBlank @Size(max = 100) String token, @Nullable @Size(max = 200) String name,
            @Nullable @Size(max = 1024) String password) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_users:read')")
    @Operation(summary = "List the team: members and pending invitations")
    Page<Member> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return team.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_users:read')")
    @Operation(summary = "Read a team member")
    Member get(@PathVariable UUID id) {
        return team.find(id).orElseThrow(() -> ProblemException.notFound("User"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_users:write')")
    @Operation(summary = "Invite a member (answers a single-use invitation link)")
    @ApiResponse(responseCode = "201", description = "Invited")
    ResponseEntity<InvitedResponse> invite(@RequestBody InviteRequest request) {
        TeamMembers.Invited invited = team.invite(request.email(), request.role());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new InvitedResponse(invited.user(), invited.invitationUrl(), invited.expiresAt()));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_users:write')")
    @Operation(summary = "Change a member's role or status")
    Member change(@PathVariable UUID id, @RequestBody ChangeRequest request) {
        return team.change(id, request.role(), request.status());
    }

    /** Public: the invitation token is the credential. */
    @PostMapping("/invitations/accept")
    @PublicEndpoint("the invitation token in the body is the credential")
    @Operation(summary = "Accept an invitation (public: the token is the credential)")
    Member accept(@Valid @RequestBody AcceptRequest request) {
        return team.accept(request.token(), request.name(), request.password());
    }
}
