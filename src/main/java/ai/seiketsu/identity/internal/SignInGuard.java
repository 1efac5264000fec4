package ai.seiketsu.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.SharedCache;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection of sign-in, for passwords and second-factor codes alike. Per account: the third and
 * fourth consecutive failures are answered slowly (1 s, then 2 s: cheap on virtual threads, costly for a guesser)
 * and the fifth locks the account for 15 minutes; success resets the count. Per client address: 20 failures
 * ({@code seiketsu.sign-in.failures-per-address}) in 15 minutes block further attempts from it. E-mail addresses without an account are tracked the same way (in the
 * shared cache), so a lockout never tells whether an account exists. Lockouts and unlocks are audited.
 */
@Component
class SignInGuard {

    static final int LOCK_AFTER = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final Duration IP_WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final SharedCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int failuresPerAddress;

    SignInGuard(JdbcClient jdbc, SharedCache cache, ApplicationEventPublisher events, Clock clock,
            @Value("${seiketsu.sign-in.failures-per-address:20}") int failuresPerAddress) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
        this.failuresPerAddress = failuresPerAddress;
    }

    /** Refuses the attempt (429 with Retry-After) while the account, the e-mail or the address is locked. */
    void beforeAttempt(@Nullable UUID accountId, String email, @Nullable String ip) {
        Instant now = clock.instant();
        if (ip != null) {
            Counter perIp = Counter.decode(cache.get(ipKey(ip)));
            if (perIp.count() >= failuresPerAddress && perIp.since().plus(IP_WINDOW).isAfter(now)) {
                throw tooMany(Duration.between(now, perIp.since().plus(IP_WINDOW)));
            }
        }
        Optional<Instant> lockedUntil = accountId != null ? accountLock(accountId) : emailLock(email);
        if (lockedUntil.isEmpty()) {
            return;
        }
        if (lockedUntil.get().isAfter(now)) {
            throw tooMany(Duration.between(now, lockedUntil.get()));
        }
        reset(accountId, email);
        audit("auth.unlocked", accountId, Outcome.SUCCESS, ip);
    }

    /** Records a failed attempt; slows the answer down, or locks, as the count grows. */
    void failed(@Nullable UUID accountId, String email, @Nullable String ip) {
        Instant now = clock.instant();
        if (ip != null) {
            Counter perIp = Counter.decode(cache.get(ipKey(ip)));
            Counter next = perIp.since().plus(IP_WINDOW).isAfter(now) ? perIp.plusOne() : new Counter(1, now);
            cache.put(ipKey(ip), next.encode(), IP_WINDOW);
        }
        int failures = accountId != null ? countAccountFailure(accountId) : countEmailFailure(email, now);
        if (failures >= LOCK_AFTER) {
            lock(accountId, email, now.plus(LOCK_FOR));
            audit("auth.locked", accountId, Outcome.DENIED, ip);
        } else if (failures >= 3) {
            pause(Duration.ofSeconds(1L << (failures - 3)));
        }
    }

    /** A successful sign-in clears the account's failures (the address keeps its count until its window ends). */
    void succeeded(UUID accountId) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where id = ? and failed_sign_ins > 0")
                .param(accountId).update();
    }

    private Optional<Instant> accountLock(UUID accountId) {
        return jdbc.sql("select locked_until from account where id = ?").param(accountId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional().flatMap(lock -> lock);
    }

    private Optional<Instant> emailLock(String email) {
        Counter counter = Counter.decode(cache.get(emailKey(email)));
        return counter.count() >= LOCK_AFTER ? Optional.of(counter.since()) : Optional.empty();
    }

    private int countAccountFailure(UUID accountId) {
        return jdbc.sql("update account set failed_sign_ins = failed_sign_ins + 1 where id = ? returning failed_sign_ins")
                .param(accountId).query(Integer.class).single();
    }

    private int countEmailFailure(String email, Instant now) {
        Counter next = Counter.decode(cache.get(emailKey(email))).plusOne();
        cache.put(emailKey(email), new Counter(next.count(), now).encode(), LOCK_FOR);
        return next.count();
    }

    private void lock(@Nullable UUID accountId, String email, Instant until) {
        if (accountId != null) {
            jdbc.sql("update account set locked_until = ? where id = ?").params(Timestamp.from(until), accountId)
                    .update();
        } else {
            cache.put(emailKey(email), new Counter(LOCK_AFTER, until).encode(), LOCK_FOR);
        }
    }

    private void reset(@Nullable UUID accountId, String email) {
        if (accountId != null) {
            jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where id = ?").param(accountId)
                    .update();
        } else {
            cache.evict(emailKey(email));
        }
    }

    private void audit(String action, @Nullable UUID accountId, Outcome outcome, @Nullable String ip) {
        events.publishEvent(new AuditRecord(null, action, "system", null,
                accountId == null ? "account:unknown" : "account:" + accountId, outcome, ip, clock.instant()));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ProblemException tooMany(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
        return new ProblemException(429, ProblemCodes.RATE_LIMITED, "Too many failed sign-in attempts. Try again in "
                + Math.max(1, (seconds + 59) / 60) + " minute(s).", java.util.List.of(),
                java.util.Map.of("retryAfterSeconds", seconds));
    }

    private static CacheKey ipKey(String ip) {
        return CacheKey.platform("sign-in-failures-ip", ip);
    }

    private static CacheKey emailKey(String email) {
        byte[] hash = OpaqueTokens.sha256(email.strip().toLowerCase(java.util.Locale.ROOT));
        return CacheKey.platform("sign-in-failures-email", HexFormat.of().formatHex(hash));
    }

    /** A count and the instant it started (or, once locked, the end of the lock). */
    private record Counter(int count, Instant since) {

        static Counter decode(Optional<String> value) {
            if (value.isEmpty()) {
                return new Counter(0, Instant.EPOCH);
            }
            String[] parts = value.get().split("\\|");
            return new Counter(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
        }

        Counter plusOne() {
            return new Counter(count + 1, since);
        }

        String encode() {
            return count + "|" + since.toEpochMilli();
        }
    }
}
