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

    public ProvisionedTenant provision(ProvisioningRequest request) {
        Valid valid = validate(request);
        PasswordHash password = passwords.hash(valid.password());
        TenantId id = TenantId.random();
        return TenantContext.call(id, () -> transactions.execute(status -> {
            Tenant tenant = tenants.register(new NewTenant(id, valid.slug(), valid.name(), valid.plan(),
                    valid.timeZone()));
            OwnerEnrolment owner = accounts.enrolOwner(valid.ownerEmail(), valid.ownerName(), password);
            VoiceAgent agent = agents.createDefault(tenant.name());
            IssuedApiKey key = apiKeys.issue("Provisioning key", Scope.all(), owner.userId());
            events.publishEvent(new TenantProvisioned(id, owner.userId(), agent.id()));
            audit(id);
            return new ProvisionedTenant(tenant,
                    new ProvisionedTenant.Owner(owner.userId(), owner.email().value(), owner.accountId()),
                    key.secret(), ProvisionedTenant.AgentSummary.of(agent));
        }));
    }

    /**
     * The platform chain records that the operator provisioned the tenant; the new tenant's own chain starts
     * with its creation. Both are written in the provisioning transaction, so a failed provisioning leaves none.
     */
    private void audit(TenantId id) {
        Instant now = clock.instant();
        String target = "tenant:" + id;
        events.publishEvent(new AuditRecord(null, "tenant.provisioned", "operator", null, target, Outcome.SUCCESS,
                null, now));
        events.publishEvent(new AuditRecord(id, "tenant.created", "operator", null, target, Outcome.SUCCESS, null,
                now));
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
