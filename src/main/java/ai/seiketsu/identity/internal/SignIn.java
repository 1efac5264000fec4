package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.PasswordHash;
import ai.seiketsu.identity.Passwords;
import ai.seiketsu.identity.Role;
import ai.seiketsu.identity.internal.AccountRepository.AccountRow;
import ai.seiketsu.identity.internal.MembershipRepository.Member;
import ai.seiketsu.identity.internal.MembershipRepository.Route;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.TenantStatus;
import ai.seiketsu.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff sign-in: e-mail and password (and, for an account with MFA on, a TOTP or recovery code) give a 15-minute
 * access token for one tenant and a refresh token (opaque, stored hashed, 7 days, rotated on every use; reusing a
 * rotated one revokes its whole family). Every failure says the same thing, so the answer never tells whether an
 * e-mail has an account. The second factor is checked before the tenant is chosen, so that nothing about the
 * account's agencies is shown on the strength of a password alone. An OWNER or ADMIN of an agency that requires
 * MFA, who has not turned it on, gets a token that may only enrol ({@link Session#mfaEnrolmentRequired()}).
 */
@Service
public class SignIn {

    static final Duration REFRESH_LIFETIME = Duration.ofDays(7);
    static final String REFRESH_PREFIX = "rt_";
    static final String MFA_REQUIRED = "MFA_REQUIRED";
    private static final String BAD_CREDENTIALS = "The e-mail address or password is not correct.";

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokens accessTokens;
    private final Passwords passwords;
    private final Tenants tenants;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInGuard guard;
    private final SecondFactor secondFactor;
    private final PasswordHash timingDecoy;

    SignIn(AccountRepository accounts, MembershipRepository memberships, RefreshTokenRepository refreshTokens,
            AccessTokens accessTokens, Passwords passwords, Tenants tenants, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock, SecondFactor secondFactor, SignInGuard guard) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.tenants = tenants;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.secondFactor = secondFactor;
        this.guard = guard;
        this.timingDecoy = passwords.hash("timing decoy for unknown e-mail addresses");
    }

    /**
     * A successful sign-in or refresh: the tokens and who they are for. With {@code mfaEnrolmentRequired} the access
     * token may only call the MFA enrolment endpoints.
     */
    public record Session(String accessToken, long expiresIn, String refreshToken, Tenant tenant, Member user,
            boolean mfaEnrolmentRequired) {
    }

    /** Signs in without a second factor: enough for accounts with MFA off. */
    public Session signIn(String email, String password, @Nullable String tenantSlug, @Nullable String ip) {
        return signIn(email, password, null, tenantSlug, ip);
    }

    /** Signs in; {@code secondFactorCode} is a TOTP code or a recovery code, needed when the account has MFA on. */
    public Session signIn(String email, String password, @Nullable String secondFactorCode, @Nullable String tenantSlug,
            @Nullable String ip) {
        Optional<AccountRow> account = EmailAddress.isValid(email)
                ? accounts.findByEmail(new EmailAddress(email)) : Optional.empty();
        guard.beforeAttempt(account.map(AccountRow::id).orElse(null), email, ip);
        if (account.isEmpty()) {
            passwords.matches(password, timingDecoy);
            audit(null, "auth.sign_in", "anonymous", null, null, Outcome.FAILURE, ip);
            guard.failed(null, email, ip);
            throw badCredentials();
        }
        AccountRow found = account.get();
        if (!passwords.matches(password, found.passwordHash())) {
            audit(null, "auth.sign_in", "anonymous", null, "account:" + found.id(), Outcome.FAILURE, ip);
            guard.failed(found.id(), email, ip);
            throw badCredentials();
        }
        if (secondFactor.enabled(found.id())) {
            checkSecondFactor(found, secondFactorCode, ip);
        }
        guard.succeeded(found.id());
        Choice choice = chooseTenant(found, tenantSlug);
        Session session = TenantContext.call(choice.tenant().id(), () -> transactions.execute(status ->
                startSession(choice.tenant(), choice.member(), UUID.randomUUID())));
        audit(choice.tenant().id(), "auth.sign_in", "user", choice.member().id().toString(), null, Outcome.SUCCESS,
                ip);
        return session;
    }

    /** Rotates a refresh token: the old one stops working, a new pair is issued in the same family. */
    public Session refresh(String refreshToken) {
        RefreshTokenRepository.Route route = routeOf(refreshToken).orElseThrow(SignIn::invalidRefresh);
        Tenant tenant = tenants.find(route.tenant()).filter(t -> t.status() == TenantStatus.ACTIVE)
                .orElseThrow(SignIn::invalidRefresh);
        Instant now = clock.instant();
        Optional<Session> session = TenantContext.call(tenant.id(), () -> transactions.execute(status -> {
            RefreshTokenRepository.Row row = refreshTokens.findForUpdate(route.tokenId()).orElse(null);
            if (row == null || row.revokedAt() != null || !row.expiresAt().isAfter(now)) {
                return Optional.<Session>empty();
            }
            if (row.rotatedAt() != null) {
                refreshTokens.revokeFamily(row.familyId(), now); // reuse: someone else holds a copy
                return Optional.<Session>empty();
            }
            refreshTokens.markRotated(row.id(), now);
            return memberships.find(row.membershipId()).filter(Member::active)
                    .map(member -> startSession(tenant, member, row.familyId()));
        }));
        return session.orElseThrow(SignIn::invalidRefresh);
    }

    /** Ends the sign-in the refresh token belongs to: its whole family stops working. Unknown tokens are ignored. */
    public void signOut(String refreshToken) {
        routeOf(refreshToken).ifPresent(route -> TenantContext.run(route.tenant(), () ->
                transactions.executeWithoutResult(status -> refreshTokens.findForUpdate(route.tokenId())
                        .ifPresent(row -> refreshTokens.revokeFamily(row.familyId(), clock.instant())))));
    }

    private void checkSecondFactor(AccountRow account, @Nullable String code, @Nullable String ip) {
        if (code == null || code.isBlank()) {
            throw new ProblemException(401, MFA_REQUIRED, "This account uses multi-factor authentication: sign in "
                    + "again with the code of the authenticator app (or a recovery code) in \"totp\".");
        }
        Optional<SecondFactor.Method> method = secondFactor.verify(account.id(), code);
        if (method.isEmpty()) {
            audit(null, "auth.mfa.failed", "anonymous", null, "account:" + account.id(), Outcome.FAILURE, ip);
            guard.failed(account.id(), account.email().value(), ip);
            throw badCredentials();
        }
        if (method.get() == SecondFactor.Method.RECOVERY_CODE) {
            audit(null, "auth.recovery_code.used", "anonymous", null, "account:" + account.id(), Outcome.SUCCESS, ip);
        }
    }

    /**
     * Issues the token pair. Whether the token is limited to enrolment is decided here, from the current tenant
     * setting and MFA state, so a refresh cannot turn a limited sign-in into a full one while MFA is still off.
     */
    private Session startSession(Tenant tenant, Member member, UUID familyId) {
        Instant now = clock.instant();
        String refresh = OpaqueTokens.generate(REFRESH_PREFIX);
        refreshTokens.insert(tenant.id(), UUID.randomUUID(), familyId, member.id(), OpaqueTokens.sha256(refresh), now,
                now.plus(REFRESH_LIFETIME));
        boolean enrolmentRequired = tenant.requireMfaForAdmins()
                && (member.role() == Role.OWNER || member.role() == Role.ADMIN)
                && !secondFactor.enabled(member.accountId());
        String access = accessTokens.issue(new AccessTokens.Claims(member.id(), tenant.id(), member.accountId(),
                member.role().name(), enrolmentRequired));
        return new Session(access, AccessTokens.LIFETIME.toSeconds(), refresh, tenant, member, enrolmentRequired);
    }

    private record Choice(Tenant tenant, Member member) {
    }

    /** The membership to sign in to: the only active one, or the one named by slug; several and none named is a 409. */
    private Choice chooseTenant(AccountRow account, @Nullable String slug) {
        List<Choice> choices = new ArrayList<>();
        boolean suspended = false;
        for (Route route : memberships.routesOf(account.id())) {
            Optional<Tenant> tenant = tenants.find(route.tenant());
            if (tenant.isEmpty() || (slug != null && !slug.equals(tenant.get().slug()))) {
                continue;
            }
            if (tenant.get().status() != TenantStatus.ACTIVE) {
                suspended = true;
                continue;
            }
            Optional<Member> member = TenantContext.call(route.tenant(), () -> transactions.execute(status ->
                    memberships.find(route.membershipId()).filter(Member::active)));
            member.ifPresent(m -> choices.add(new Choice(tenant.get(), m)));
        }
        if (choices.isEmpty()) {
            throw suspended ? new ProblemException(403, ProblemCodes.TENANT_SUSPENDED,
                    "This agency's account is suspended. Contact the platform operator.") : badCredentials();
        }
        if (choices.size() > 1) {
            throw new ProblemException(409, "TENANT_REQUIRED", "This account belongs to several agencies: "
                    + "sign in again with \"tenant\" set to the slug of one of them.", List.of(),
                    Map.of("tenants", choices.stream()
                            .map(c -> Map.of("slug", c.tenant().slug(), "name", c.tenant().name())).toList()));
        }
        return choices.getFirst();
    }

    private Optional<RefreshTokenRepository.Route> routeOf(String refreshToken) {
        if (!refreshToken.startsWith(REFRESH_PREFIX) || refreshToken.length() > 100) {
            return Optional.empty();
        }
        return refreshTokens.route(OpaqueTokens.sha256(refreshToken));
    }

    private void audit(@Nullable TenantId tenant, String action, String actorType, @Nullable String actorId,
            @Nullable String target, Outcome outcome, @Nullable String ip) {
        events.publishEvent(new AuditRecord(tenant, action, actorType, actorId, target, outcome, ip, clock.instant()));
    }

    private static ProblemException badCredentials() {
        return new ProblemException(401, ProblemCodes.UNAUTHENTICATED, BAD_CREDENTIALS);
    }

    private static ProblemException invalidRefresh() {
        return new ProblemException(401, ProblemCodes.UNAUTHENTICATED,
                "The refresh token is invalid, expired or revoked. Sign in again.");
    }
}
