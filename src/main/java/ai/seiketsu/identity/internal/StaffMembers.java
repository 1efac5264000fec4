package ai.seiketsu.identity.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.Role;
import ai.seiketsu.identity.internal.MembershipRepository.Member;
import ai.seiketsu.shared.CacheKey;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current role of a signed-in member, checked on every request with an access token, so that a removed or
 * demoted member loses access at once rather than when the token expires. Cached briefly; whoever changes a
 * membership evicts {@link #cacheKey(TenantId, UUID)}.
 */
@Component
class StaffMembers {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final String INACTIVE = "-";

    private final MembershipRepository memberships;
    private final TransactionTemplate transactions;
    private final SharedCache cache;

    StaffMembers(MembershipRepository memberships, TransactionTemplate transactions, SharedCache cache) {
        this.memberships = memberships;
        this.transactions = transactions;
        this.cache = cache;
    }

    /** The member's role if the membership exists and is active. */
    Optional<Role> activeRole(TenantId tenant, UUID membershipId) {
        CacheKey key = cacheKey(tenant, membershipId);
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            return INACTIVE.equals(cached.get()) ? Optional.empty() : Optional.of(Role.valueOf(cached.get()));
        }
        Optional<Role> role = TenantContext.call(tenant, () -> transactions.execute(status ->
                memberships.find(membershipId).filter(Member::active).map(Member::role)));
        cache.put(key, role.map(Role::name).orElse(INACTIVE), CACHE_TTL);
        return role;
    }

    static CacheKey cacheKey(TenantId tenant, UUID membershipId) {
        return CacheKey.tenant(tenant, "membership", membershipId.toString());
    }
}
