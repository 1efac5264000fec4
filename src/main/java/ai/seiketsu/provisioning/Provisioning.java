package ai.seiketsu.provisioning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.identity.Accounts;
import ai.seiketsu.identity.ApiKeys;
import ai.seiketsu.identity.IssuedApiKey;
import ai.seiketsu.identity.OwnerEnrolment;
import ai.seiketsu.identity.PasswordHash;
import ai.seiketsu.identity.Passwords;
import ai.seiketsu.identity.Scope;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.shared.TimeZones;
import ai.seiketsu.tenancy.NewTenant;
import ai.seiketsu.tenancy.Plan;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.TenantSlug;
import ai.seiketsu.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an agency in one transaction: the tenant, its owner (account and OWNER membership), the default voice
 * agent and the first API key with all scopes. All or nothing. The password is hashed before the transaction
 * opens, so the slow hash never holds a database connection.
 */
@Service
public class Provisioning {

    static final String SIGN_UP_EMAIL_MESSAGE = "must be an e-mail address that can be used to sign up";

    private final Tenants tenants;
    private final Accounts accounts;
    private final VoiceAgents agents;
    private final ApiKeys apiKeys;
    private final Passwords passwords;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Provisioning(Tenants tenants, Accounts accounts, VoiceAgents agents, ApiKeys apiKeys, Passwords passwords,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.agents = agents;
        this.apiKeys = apiKeys;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The operator provisions an agency; an owner e-mail that has an account already is linked to it. */
    public ProvisionedTenant provision(ProvisioningRequest request) {
        return provision(validate(request), true);
    }

    /**
     * Self-service sign-up: always the STARTER plan, and an e-mail that already has an account is refused with
     * the same answer as an invalid one, so sign-up never tells whether someone has an account.
     */
    public ProvisionedTenant signUp(ProvisioningRequest request) {
        ProvisioningRequest starter = new ProvisioningRequest(request.name(), request.slug(), Plan.STARTER,
                request.timeZone(), request.owner());
        try {
            return provision(validate(starter), false);
        } catch (ProblemException e) {
            if (e.violations().stream().anyMatch(v -> v.field().equals("owner.email"))) {
                throw withGenericEmailMessage(e);
            }
            throw e;
        }
    }

    private ProvisionedTenant provision(Valid valid, boolean mayLinkExistingAccount) {
        PasswordHash password = passwords.hash(valid.password());
        TenantId id = TenantId.random();
        return TenantContext.call(id, () -> transactions.execute(status -> {
            Tenant tenant = tenants.register(new NewTenant(id, valid.slug(), valid.name(), valid.plan(),
                    valid.timeZone()));
            OwnerEnrolment owner = accounts.enrolOwner(valid.ownerEmail(), valid.ownerName(), password);
            if (owner.existingAccount() && !mayLinkExistingAccount) {
                throw ProblemException.invalid("owner.email", SIGN_UP_EMAIL_MESSAGE); // rolls everything back
            }
            VoiceAgent agent = agents.createDefault(tenant.name());
            IssuedApiKey key = apiKeys.issue("Provisioning key", Scope.all(), owner.userId());
            events.publishEvent(new TenantProvisioned(id, owner.userId(), agent.id()));
            audit(id, mayLinkExistingAccount);
            return new ProvisionedTenant(tenant,
                    new ProvisionedTenant.CreatedOwner(owner.userId(), owner.email().value(), owner.accountId()),
                    key.secret(), ProvisionedTenant.AgentSummary.of(agent));
        }));
    }

    private static ProblemException withGenericEmailMessage(ProblemException e) {
        return ProblemException.invalid(e.violations().stream()
                .map(v -> v.field().equals("owner.email") ? new FieldViolation(v.field(), SIGN_UP_EMAIL_MESSAGE) : v)
                .toList());
    }

    /**
     * The platform chain records who created the tenant (the operator, or the agency itself through sign-up);
     * the new tenant's own chain starts with its creation. Both are written in the provisioning transaction, so
     * a failed provisioning leaves none.
     */
    private void audit(TenantId id, boolean byOperator) {
        Instant now = clock.instant();
        String target = "tenant:" + id;
        String actor = byOperator ? "operator" : "anonymous";
        events.publishEvent(new AuditRecord(null, byOperator ? "tenant.provisioned" : "tenant.signed_up", actor,
                null, target, Outcome.SUCCESS, null, now));
        events.publishEvent(new AuditRecord(id, "tenant.created", actor, null, target, Outcome.SUCCESS, null, now));
    }

    /** Checks every field at once, so one 400 lists everything that needs fixing. */
    private Valid validate(ProvisioningRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            violations.add(new FieldViolation("name", "must be 1-200 characters"));
        }
        String slug = request.slug() == null ? "" : request.slug();
        if (!TenantSlug.isValid(slug)) {
            violations.add(new FieldViolation("slug", "must be 3-40 characters of a-z, 0-9 and '-', starting and "
                    + "ending with a letter or digit"));
        }
        String timeZone = request.timeZone() == null ? "UTC" : request.timeZone();
        if (!TimeZones.isValid(timeZone)) {
            violations.add(new FieldViolation("timeZone", TimeZones.MESSAGE));
        }
        ProvisioningRequest.Owner owner = request.owner();
        if (owner == null) {
            violations.add(new FieldViolation("owner", "is required"));
            throw ProblemException.invalid(violations);
        }
        String email = owner.email() == null ? "" : owner.email();
        if (!EmailAddress.isValid(email)) {
            violations.add(new FieldViolation("owner.email", "must be an e-mail address"));
        }
        String ownerName = owner.name() == null ? "" : owner.name().strip();
        if (ownerName.isEmpty() || ownerName.length() > 200) {
            violations.add(new FieldViolation("owner.name", "must be 1-200 characters"));
        }
        String password = owner.password() == null ? "" : owner.password();
        violations.addAll(passwords.check("owner.password", password));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new Valid(name, slug, request.plan() == null ? Plan.STARTER : request.plan(), timeZone,
                new EmailAddress(email), ownerName, password);
    }

    private record Valid(String name, String slug, Plan plan, String timeZone, EmailAddress ownerEmail,
            String ownerName, String password) {
    }
}
