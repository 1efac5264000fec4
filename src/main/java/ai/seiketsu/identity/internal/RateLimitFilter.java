package ai.seiketsu.identity.internal;

import java.io.IOException;
import java.time.Duration;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.identity.PublishableKeyPrincipal;
import ai.seiketsu.identity.StaffPrincipal;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemResponseWriter;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Plan;
import ai.seiketsu.tenancy.PlanLimits;
import ai.seiketsu.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's rate limits, after authentication: a tenant's calls share one bucket of its
 * {@code apiRequestsPerSecond}; anonymous calls to {@code /api/**} share one bucket per client address; the
 * operator is not limited. Over the limit the answer is 429 {@code RATE_LIMITED} with {@code Retry-After}.
 *
 * <p>There is no bucket per API key: with the tenant's own budget it could never refuse a call that the tenant's
 * bucket lets through (every call of a key is also a call of its tenant), and would cost a second Redis round
 * trip per request. Keys get their own bucket when they get budgets of their own.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Anonymous callers, per address: 10 requests a second, bursts of 20. */
    static final RateLimit ANONYMOUS = new RateLimit(20, 10, Duration.ofSeconds(1));
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private final RateLimits limits;
    private final Tenants tenants;
    private final ProblemResponseWriter problems;

    RateLimitFilter(RateLimits limits, Tenants tenants, ProblemResponseWriter problems) {
        this.limits = limits;
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Budget budget = budgetOf(request, SecurityContextHolder.getContext().getAuthentication());
        if (budget != null && limits.tryConsume(budget.key(), budget.limit())
                instanceof ConsumptionResult.Rejected rejected) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(rejected.retryAfterSeconds()));
            problems.write(response, 429, ProblemCodes.RATE_LIMITED,
                    budget.detail() + " Retry after " + rejected.retryAfterSeconds() + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private @Nullable Budget budgetOf(HttpServletRequest request, @Nullable Authentication authentication) {
        Object principal = authentication == null ? null : authentication.getPrincipal();
        return switch (principal) {
            case String name when BearerAuthenticationFilter.BearerAuthentication.OPERATOR.equals(name) -> null;
            case ApiKeyPrincipal key -> tenantBudget(key.tenant());
            case StaffPrincipal member -> tenantBudget(member.tenant());
            case PublishableKeyPrincipal website -> tenantBudget(website.tenant());
            // anonymous: limited by address
            case null, default -> API.matches(request)
                    ? new Budget(RateLimitKey.address(request.getRemoteAddr()), ANONYMOUS,
                            "Too many requests from this address.")
                    : null;
        };
    }

    private Budget tenantBudget(TenantId tenant) {
        PlanLimits plan = tenants.limitsOf(tenant).orElse(Plan.STARTER.defaultLimits());
        return new Budget(RateLimitKey.tenant(tenant, "api"), RateLimit.perSecond(plan.apiRequestsPerSecond()),
                "This agency has used its API requests per second.");
    }

    private record Budget(RateLimitKey key, RateLimit limit, String detail) {
    }
}
