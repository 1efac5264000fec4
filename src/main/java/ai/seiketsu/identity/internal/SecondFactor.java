package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import ai.seiketsu.identity.internal.MfaRepository.MfaState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a second factor of an account with MFA on, and uses it up: a TOTP code moves the account's last accepted
 * time step forward (so neither it nor an older code works again), a recovery code is marked used. The account row
 * is locked while this happens, so the same code sent twice at once is accepted at most once.
 */
@Component
class SecondFactor {

    /** What proved the second factor. */
    enum Method {
        TOTP, RECOVERY_CODE
    }

    private final MfaRepository mfa;
    private final TotpSecretCipher cipher;
    private final Totp totp;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SecondFactor(MfaRepository mfa, TotpSecretCipher cipher, Totp totp, TransactionTemplate transactions,
            Clock clock) {
        this.mfa = mfa;
        this.cipher = cipher;
        this.totp = totp;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean enabled(UUID accountId) {
        return mfa.find(accountId).map(MfaState::enabled).orElse(false);
    }

    /** How the code proved the second factor, or empty when it did not (wrong, used, or MFA is off). */
    Optional<Method> verify(UUID accountId, String code) {
        return transactions.execute(status -> {
            MfaState state = mfa.lock(accountId).filter(MfaState::enabled).orElse(null);
            if (state == null || state.encryptedSecret() == null) {
                return Optional.<Method>empty();
            }
            String typed = code.strip();
            if (typed.length() == Totp.DIGITS) {
                return verifyTotp(accountId, state, typed);
            }
            return RecoveryCodes.normalize(typed)
                    .filter(normalized -> mfa.useRecoveryCode(accountId, RecoveryCodes.hash(normalized),
                            clock.instant()))
                    .map(used -> Method.RECOVERY_CODE);
        });
    }

    private Optional<Method> verifyTotp(UUID accountId, MfaState state, String code) {
        byte[] secret = cipher.decrypt(accountId, state.encryptedSecret());
        long last = state.lastStep() == null ? Long.MIN_VALUE : state.lastStep();
        OptionalLong step = totp.verify(secret, code, last);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        mfa.acceptStep(accountId, step.getAsLong());
        return Optional.of(Method.TOTP);
    }
}
