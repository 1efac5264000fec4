package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import ai.seiketsu.identity.Passwords;
import ai.seiketsu.identity.StaffPrincipal;
import ai.seiketsu.identity.internal.AccountRepository.AccountRow;
import ai.seiketsu.identity.internal.MfaRepository.MfaState;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in member turns TOTP multi-factor authentication on or off for their own account (which is
 * platform-wide: it counts in every agency they belong to). Every change asks for the password again (ASVS 7.5.1),
 * so a stolen access token alone cannot enrol an attacker's authenticator or switch MFA off. Enrolment is pending
 * until a code from the new authenticator confirms it; only then is MFA on and the recovery codes issued.
 */
@Service
public class MultiFactor {

    static final String ISSUER = "Seiketsu";

    private final AccountRepository accounts;
    private final MfaRepository mfa;
    private final TotpSecretCipher cipher;
    private final Totp totp;
    private final SecondFactor secondFactor;
    private final Passwords passwords;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MultiFactor(AccountRepository accounts, MfaRepository mfa, TotpSecretCipher cipher, Totp totp,
            SecondFactor secondFactor, Passwords passwords, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.mfa = mfa;
        this.cipher = cipher;
        this.totp = totp;
        this.secondFactor = secondFactor;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A pending enrolment: the secret for manual entry, the otpauth URI, and the URI as a PNG QR code. */
    public record Enrolment(String secret, String otpauthUri, String qrCode) {
    }

    /** Starts (or restarts) an enrolment; refused while MFA is on (turn it off first). */
    public Enrolment begin(StaffPrincipal who, String password) {
        AccountRow account = reauthenticate(who, password);
        byte[] secret = Totp.newSecret();
        transactions.executeWithoutResult(status -> {
            if (mfa.lock(account.id()).map(MfaState::enabled).orElse(false)) {
                throw ProblemException.conflict("Multi-factor authentication is already on for this account.");
            }
            mfa.storePending(account.id(), cipher.encrypt(account.id(), secret), clock.instant());
        });
        String uri = Totp.otpauthUri(ISSUER, account.email().value(), secret);
        return new Enrolment(Totp.base32(secret), uri, QrCodes.pngDataUri(uri));
    }

    /** Confirms the pending enrolment with a current code: MFA is on, and these are its ten recovery codes. */
    public List<String> confirm(StaffPrincipal who, String code, @Nullable String ip) {
        UUID accountId = who.accountId();
        List<String> codes = RecoveryCodes.generate();
        boolean confirmed = Boolean.TRUE.equals(transactions.execute(status -> {
            MfaState state = mfa.lock(accountId).filter(MfaState::pending).orElseThrow(() ->
                    ProblemException.conflict("No enrolment is pending: start one first."));
            OptionalLong step = totp.verify(cipher.decrypt(accountId, state.encryptedSecret()), code.strip(),
                    Long.MIN_VALUE);
            if (step.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            mfa.enable(accountId, step.getAsLong(), now);
            mfa.replaceRecoveryCodes(accountId, codes.stream()
                    .map(c -> RecoveryCodes.hash(RecoveryCodes.normalize(c).orElseThrow())).toList(), now);
            return true;
        }));
        if (!confirmed) {
            audit(who, "auth.mfa.failed", Outcome.FAILURE, ip);
            throw ProblemException.invalid("code", "is not the current code of the authenticator");
        }
        audit(who, "auth.mfa.enabled", Outcome.SUCCESS, ip);
        return codes;
    }

    /** Turns MFA off: needs the password and a current code (or a recovery code). */
    public void disable(StaffPrincipal who, String password, String code, @Nullable String ip) {
        AccountRow account = reauthenticate(who, password);
        boolean disabled = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!mfa.lock(account.id()).map(MfaState::enabled).orElse(false)) {
                throw ProblemException.conflict("Multi-factor authentication is not on for this account.");
            }
            if (secondFactor.verify(account.id(), code).isEmpty()) {
                return false;
            }
            mfa.disable(account.id(), clock.instant());
            return true;
        }));
        if (!disabled) {
            audit(who, "auth.mfa.failed", Outcome.FAILURE, ip);
            throw new ProblemException(401, ProblemCodes.UNAUTHENTICATED, "The password or code is not correct.");
        }
        audit(who, "auth.mfa.disabled", Outcome.SUCCESS, ip);
    }

    private AccountRow reauthenticate(StaffPrincipal who, String password) {
        AccountRow account = accounts.find(who.accountId()).orElseThrow(() ->
                new ProblemException(401, ProblemCodes.UNAUTHENTICATED, "Sign in again."));
        if (!passwords.matches(password, account.passwordHash())) {
            throw new ProblemException(401, ProblemCodes.UNAUTHENTICATED, "The password is not correct.");
        }
        return account;
    }

    private void audit(StaffPrincipal who, String action, Outcome outcome, @Nullable String ip) {
        events.publishEvent(new AuditRecord(who.tenant(), action, "user", who.userId().toString(),
                "account:" + who.accountId(), outcome, ip, clock.instant()));
    }
}
