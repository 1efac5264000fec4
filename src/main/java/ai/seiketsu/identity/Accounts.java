package ai.seiketsu.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.identity.internal.AccountRepository;
import ai.seiketsu.identity.internal.MembershipRepository;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform-wide accounts and their memberships in tenants. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final Clock clock;

    Accounts(AccountRepository accounts, MembershipRepository memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * Makes the person with {@code email} the OWNER of the current tenant. A new account is created with the
     * given password; an existing account (a broker with a second agency) is linked and keeps its password.
     */
    @Transactional
    public OwnerEnrolment enrolOwner(EmailAddress email, String name, PasswordHash password) {
        return enrol(email, name, password, Role.OWNER);
    }

    /**
     * Makes the person with {@code email} a member of the current tenant with {@code role}, without an invitation:
     * for trusted setup (provisioning, demo data), never for requests from staff, who invite.
     */
    @Transactional
    public OwnerEnrolment enrol(EmailAddress email, String name, PasswordHash password, Role role) {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        UUID candidate = UUID.randomUUID();
        UUID accountId = accounts.insertIfAbsent(candidate, email, name.strip(), password, now);
        UUID membershipId = UUID.randomUUID();
        memberships.insert(tenant, membershipId, accountId, role, now);
        return new OwnerEnrolment(membershipId, accountId, email, !candidate.equals(accountId));
    }
}
