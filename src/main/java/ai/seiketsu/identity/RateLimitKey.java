package ai.seiketsu.identity;

import java.util.UUID;

import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.TenantId;

/**
 * The one factory of rate-limit bucket keys, in the {@link CacheKey} namespace: {@code t:<tenant>:rl:<bucket>}
 * for a tenant's buckets, {@code p:rl:ip:<address>} and {@code p:rl:key:<keyId>} for callers that are not (yet)
 * a tenant. No key of one tenant can name another tenant's bucket.
 */
public record RateLimitKey(String value) {

    private static final String KIND = "rl";

    /** A tenant's bucket, e.g. {@code api} for its API requests. */
    public static RateLimitKey tenant(TenantId tenant, String bucket) {
        return new RateLimitKey(CacheKey.tenant(tenant, KIND, bucket).value());
    }

    /** The bucket of a client address (anonymous callers). */
    public static RateLimitKey address(String address) {
        return new RateLimitKey(CacheKey.platform(KIND, "ip:" + address).value());
    }

    /** A client address's bucket for one costly public action, e.g. {@code sign-up}. */
    public static RateLimitKey address(String purpose, String address) {
        return new RateLimitKey(CacheKey.platform(KIND, purpose + ":ip:" + address).value());
    }

    /** The bucket of one API key. */
    public static RateLimitKey apiKey(UUID keyId) {
        return new RateLimitKey(CacheKey.platform(KIND, "key:" + keyId).value());
    }

    @Override
    public String toString() {
        return value;
    }
}
