package ai.seiketsu.identity;

import java.time.Duration;

/** The answer of {@link RateLimits#tryConsume}: allowed, or rejected with the wait until a token is there. */
public sealed interface ConsumptionResult {

    /** A token was taken; {@code remainingTokens} are left. */
    record Allowed(long remainingTokens) implements ConsumptionResult {
    }

    /** No token is left; the next one is there after {@code retryAfter}. */
    record Rejected(Duration retryAfter) implements ConsumptionResult {

        /** The wait in whole seconds, rounded up and at least 1, as HTTP's {@code Retry-After} wants it. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
