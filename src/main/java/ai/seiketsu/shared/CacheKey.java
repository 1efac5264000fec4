package ai.seiketsu.shared;

/**
 * The one factory of cache (and Redis) keys: {@code t:<tenant>:<kind>:<id>} for a tenant's entries,
 * {@code p:<kind>:<id>} for platform entries. No key of one tenant can name another tenant's entry.
 */
public record CacheKey(String value) {

    public static CacheKey tenant(TenantId tenant, String kind, String id) {
        return new CacheKey("t:" + tenant + ":" + kind + ":" + id);
    }

    public static CacheKey platform(String kind, String id) {
        return new CacheKey("p:" + kind + ":" + id);
    }
}
