package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.PasswordHash;
import ai.seiketsu.identity.Passwords;
import ai.seiketsu.identity.Role;
import ai.seiketsu.identity.StaffPrincipal;
import ai.seiketsu.identity.internal.AccountRepository.AccountRow;
import ai.seiketsu.identity.internal.MembershipRepository.Member;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.TenantStatus;
import ai.seiketsu.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's team: list, invite (a pending membership and a single-use link valid 7 days), accept an
 * invitation, change a role, deactivate or reactivate. Rules that depend on who acts on whom live here: only an
 * OWNER grants or touches the OWNER role, and the last active OWNER can be neither demoted nor deactivated.
 */
@Service
public class TeamMembers {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final String INVITATION_PREFIX = "inv_";

    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final Passwords passwords;
    private final Tenants tenants;
    private final SharedCache cache;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    TeamMembers(MembershipRepository memberships, InvitationRepository invitations, AccountRepository accounts,
            RefreshTokenRepository refreshTokens, Passwords passwords, Tenants tenants, SharedCache cache,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            @Value("${seiketsu.public-url}") String publicUrl) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.tenants = tenants;
        this.cache = cache;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A pending member and the link to send them; the link's secret exists only here. */
    public record Invited(Member user, String invitationUrl, String invitationToken, Instant expiresAt) {
    }

    @Transactional(readOnly = true)
    public Page<Member> list(PageRequest page) {
        return memberships.list(page);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(UUID id) {
        return memberships.find(id);
    }

    @Transactional
    public Invited invite(@Nullable String email, @Nullable Role role) {
        List<FieldViolation> violations = new ArrayList<>();
        if (email == null || !EmailAddress.isValid(email)) {
            violations.add(new FieldViolation("email", "must be an e-mail address"));
        }
        if (role == null) {
            violations.add(new FieldViolation("role", "is required: OWNER, ADMIN, AGENT or VIEWER"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        requireMayAssign(role);
        TenantId tenant = TenantContext.require();
        EmailAddress address = new EmailAddress(email);
        Optional<Member> known = memberships.findByEmail(address);
        if (known.isPresent()) {
            throw ProblemException.conflict("DEACTIVATED".equals(known.get().status())
                    ? "This person was a member: reactivate them instead of inviting them again."
                    : "This person is already a member or has a pending invitation.");
        }
        requireFreeSeat(tenant);
        Instant now = clock.instant();
        UUID membershipId = UUID.randomUUID();
        memberships.insertInvited(tenant, membershipId, address, role, now);
        String token = OpaqueTokens.generate(INVITATION_PREFIX);
        Instant expiresAt = now.plus(INVITATION_LIFETIME);
        CurrentActor actor = CurrentActor.get();
        invitations.insert(tenant, UUID.randomUUID(), membershipId, actor.userId(), OpaqueTokens.sha256(token), now,
                expiresAt);
        audit(tenant, "user.invited", actor, membershipId);
        return new Invited(memberships.find(membershipId).orElseThrow(),
                publicUrl + "/invitations/accept?token=" + token, token, expiresAt);
    }

    /**
     * Accepts an invitation: a new person sets their name and password; someone who already has an account
     * proves it with that account's password, and keeps it. Every failure of the token looks the same.
     */
    public Member accept(String token, @Nullable String name, @Nullable String password) {
        InvitationRepository.Route route = (token.startsWith(INVITATION_PREFIX) && token.length() <= 100
                ? invitations.route(OpaqueTokens.sha256(token)) : Optional.<InvitationRepository.Route>empty())
                .orElseThrow(TeamMembers::invalidInvitation);
        Tenant tenant = tenants.find(route.tenant()).filter(t -> t.status() == TenantStatus.ACTIVE)
                .orElseThrow(TeamMembers::invalidInvitation);
        Member pending = TenantContext.call(tenant.id(), () -> transactions.execute(status ->
                invitations.findForUpdate(route.invitationId()).flatMap(row -> memberships.find(row.membershipId()))))
                .filter(member -> "INVITED".equals(member.status()))
                .orElseThrow(TeamMembers::invalidInvitation);
        String secret = password == null ? "" : password;
        Optional<AccountRow> existing = accounts.findByEmail(new EmailAddress(pending.email()));
        PasswordHash hash = existing.isPresent() ? null : newAccountPassword(name, secret);
        if (existing.isPresent() && !passwords.matches(secret, existing.get().passwordHash())) {
            throw new ProblemException(401, ProblemCodes.UNAUTHENTICATED,
                    "This e-mail address already has an account: enter its password to join.");
        }
        Member accepted = TenantContext.call(tenant.id(), () -> transactions.execute(status -> {
            InvitationRepository.Row invitation = invitations.findForUpdate(route.invitationId())
                    .filter(row -> row.acceptedAt() == null && row.expiresAt().isAfter(clock.instant()))
                    .orElseThrow(TeamMembers::invalidInvitation);
            Instant now = clock.instant();
            UUID accountId = existing.map(AccountRow::id).orElseGet(() -> accounts.insertIfAbsent(UUID.randomUUID(),
                    new EmailAddress(pending.email()), name.strip(), hash, now));
            memberships.activateInvited(tenant.id(), invitation.membershipId(), accountId, now);
            invitations.markAccepted(invitation.id(), now);
            return memberships.find(invitation.membershipId()).orElseThrow();
        }));
        events.publishEvent(new AuditRecord(tenant.id(), "user.invitation_accepted", "user",
                accepted.id().toString(), "user:" + accepted.id(), Outcome.SUCCESS, CurrentActor.get().ip(),
                clock.instant()));
        return accepted;
    }

    /** Changes role and/or status ({@code ACTIVE} or {@code DEACTIVATED}) of a member of the current tenant. */
    @Transactional
    public Member change(UUID id, @Nullable Role role, @Nullable String status) {
        if (status != null && !List.of("ACTIVE", "DEACTIVATED").contains(status)) {
            throw ProblemException.invalid("status", "must be ACTIVE or DEACTIVATED");
        }
        TenantId tenant = TenantContext.require();
        int owners = memberships.lockActiveOwners();
        Member member = memberships.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("User"));
        if (member.role() == Role.OWNER || role == Role.OWNER) {
            requireMayAssign(Role.OWNER);
        }
        requireMayAssign(role == null ? member.role() : role);
        boolean losesOwner = member.role() == Role.OWNER && member.active()
                && ((role != null && role != Role.OWNER) || "DEACTIVATED".equals(status));
        if (losesOwner && owners <= 1) {
            throw new ProblemException(409, "LAST_OWNER",
                    "An agency needs at least one active OWNER: make someone else OWNER first.");
        }
        Instant now = clock.instant();
        CurrentActor actor = CurrentActor.get();
        if (role != null && role != member.role()) {
            memberships.updateRole(id, role, now);
            audit(tenant, "user.role_changed", actor, id);
        }
        if (status != null && !status.equals(member.status())) {
            changeStatus(tenant, member, status, now, actor);
        }
        cache.evictNowAndAfterCommit(StaffMembers.cacheKey(tenant, id));
        return memberships.find(id).orElseThrow();
    }

    private void changeStatus(TenantId tenant, Member member, String status, Instant now, CurrentActor actor) {
        if ("INVITED".equals(member.status())) {
            if ("ACTIVE".equals(status)) {
                throw ProblemException.conflict("A pending invitation becomes active only when it is accepted.");
            }
            invitations.expireFor(member.id(), now);
        } else if ("ACTIVE".equals(status)) {
            requireFreeSeat(tenant);
        }
        memberships.updateStatus(member.id(), status, now);
        if ("DEACTIVATED".equals(status)) {
            refreshTokens.revokeAllOf(member.id(), now);
        }
        audit(tenant, "DEACTIVATED".equals(status) ? "user.deactivated" : "user.reactivated", actor, member.id());
    }

    private PasswordHash newAccountPassword(@Nullable String name, String password) {
        List<FieldViolation> violations = new ArrayList<>(passwords.check("password", password));
        if (name == null || name.isBlank() || name.length() > 200) {
            violations.add(new FieldViolation("name", "must be 1-200 characters"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return passwords.hash(password);
    }

    /** Only an OWNER may grant (or take away) the OWNER role; keys never may. */
    private static void requireMayAssign(@Nullable Role role) {
        if (role != Role.OWNER) {
            return;
        }
        Object principal = SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        if (!(principal instanceof StaffPrincipal staff) || staff.role() != Role.OWNER) {
            throw new ProblemException(403, ProblemCodes.FORBIDDEN, "Only an OWNER may grant or change the OWNER role.");
        }
    }

    private void requireFreeSeat(TenantId tenant) {
        int limit = tenants.find(tenant).orElseThrow().limits().members();
        if (memberships.seatsInUse() >= limit) {
            throw new ProblemException(409, "PLAN_LIMIT", "The plan allows " + limit
                    + " team members (active or invited). Deactivate someone or ask for a larger plan.");
        }
    }

    private void audit(TenantId tenant, String action, CurrentActor actor, UUID target) {
        events.publishEvent(new AuditRecord(tenant, action, actor.type(), actor.id(), "user:" + target,
                Outcome.SUCCESS, actor.ip(), clock.instant()));
    }

    private static ProblemException invalidInvitation() {
        return new ProblemException(404, ProblemCodes.NOT_FOUND,
                "This invitation does not exist, was already used, or has expired. Ask for a new one.");
    }
}
