package ai.seiketsu.identity;

import java.time.Duration;
import java.util.UUID;

import ai.seiketsu.identity.ConsumptionResult.Rejected;
import ai.seiketsu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Bucket keys live in the cache-key namespace; waits become whole seconds; limits say what they are. */
class RateLimitKeyTests {

    @Test
    void tenantKeysNameTheirTenantAndPlatformKeysNameNoTenant() {
        TenantId tenant = TenantId.random();
        UUID keyId = UUID.randomUUID();

        assertThat(RateLimitKey.tenant(tenant, "api").value()).isEqualTo("t:" + tenant + ":rl:api");
        assertThat(RateLimitKey.address("2001:db8::1").value()).isEqualTo("p:rl:ip:2001:db8::1");
        assertThat(RateLimitKey.apiKey(keyId).value()).isEqualTo("p:rl:key:" + keyId);
        assertThat(RateLimitKey.tenant(tenant, "api")).isNotEqualTo(RateLimitKey.tenant(TenantId.random(), "api"));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndIsAtLeastOne() {
        assertThat(new Rejected(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Rejected(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Rejected(Duration.ofMillis(1_001)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new Rejected(Duration.ofSeconds(3)).retryAfterSeconds()).isEqualTo(3);
    }

    @Test
    void aLimitKnowsHowLongItTakesToFillAndRefusesNonsense() {
        assertThat(RateLimit.perSecond(20).timeToFill()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new RateLimit(20, 10, Duration.ofSeconds(1)).timeToFill()).isEqualTo(Duration.ofSeconds(2));
        assertThat(RateLimit.perSecond(20).fingerprint()).isNotEqualTo(RateLimit.perSecond(21).fingerprint());
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.perSecond(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(1, 1, Duration.ZERO));
    }
}
