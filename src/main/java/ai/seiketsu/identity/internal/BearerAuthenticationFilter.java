package ai.seiketsu.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ai.seiketsu.identity.Permissions;
import ai.seiketsu.identity.PublishableKeyPrincipal;
import ai.seiketsu.identity.Role;
import ai.seiketsu.identity.Scope;
import ai.seiketsu.identity.StaffPrincipal;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemResponseWriter;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.TenantStatus;
import ai.seiketsu.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer ...}: an {@code sk_} API key or a staff access token (then the rest
 * of the request runs in that tenant) or the operator token. A bearer that is presented but not valid is a 401 at once; a key of
 * a suspended tenant is a 403. Requests without a bearer continue anonymously and the authorization rules decide.
 */
class BearerAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    static final String MFA_ENROLMENT_REQUIRED = "MFA_ENROLMENT_REQUIRED";
    /** All that a token limited to MFA enrolment may call (POST only). */
    static final Set<String> ENROLMENT_PATHS = Set.of("/api/v1/auth/mfa/enrolment",
            "/api/v1/auth/mfa/enrolment/confirm");

    private final ApiKeyAuthenticator apiKeys;
    private final PublishableKeys publishableKeys;
    private final AccessTokens accessTokens;
    private final StaffMembers staff;
    private final OperatorToken operatorToken;
    private final Tenants tenants;
    private final ProblemResponseWriter problems;

    BearerAuthenticationFilter(ApiKeyAuthenticator apiKeys, PublishableKeys publishableKeys,
            AccessTokens accessTokens, StaffMembers staff, OperatorToken operatorToken, Tenants tenants,
            ProblemResponseWriter problems) {
        this.apiKeys = apiKeys;
        this.publishableKeys = publishableKeys;
        this.accessTokens = accessTokens;
        this.staff = staff;
        this.operatorToken = operatorToken;
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthenticated(response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        if (token.startsWith(ApiKeySecrets.PREFIX)) {
            authenticateApiKey(token, request, response, chain);
        } else if (token.startsWith(PublishableKeys.PREFIX)) {
            authenticatePublishableKey(token, request, response, chain);
        } else if (token.chars().filter(c -> c == '.').count() == 2) {
            authenticateStaff(token, request, response, chain);
        } else if (operatorToken.matches(token)) {
            SecurityContextHolder.getContext().setAuthentication(BearerAuthentication.operator());
            chain.doFilter(request, response);
        } else {
            unauthenticated(response);
        }
    }

    private void authenticateApiKey(String token, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Optional<ApiKeyPrincipal> principal = apiKeys.authenticate(token);
        if (principal.isEmpty()) {
            unauthenticated(response);
            return;
        }
        ApiKeyPrincipal key = principal.get();
        if (tenants.statusOf(key.tenant()).orElse(TenantStatus.SUSPENDED) != TenantStatus.ACTIVE) {
            problems.write(response, 403, ProblemCodes.TENANT_SUSPENDED,
                    "This agency's account is suspended. Contact the platform operator.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(BearerAuthentication.apiKey(key));
        continueInTenant(key.tenant(), request, response, chain);
    }

    /** A website's {@code pk_} key: one authority, its tenant and its agent; nothing else. */
    private void authenticatePublishableKey(String token, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Optional<PublishableKeyPrincipal> principal = publishableKeys.authenticate(token);
        if (principal.isEmpty()) {
            unauthenticated(response);
            return;
        }
        if (tenants.statusOf(principal.get().tenant()).orElse(TenantStatus.SUSPENDED) != TenantStatus.ACTIVE) {
            problems.write(response, 403, ProblemCodes.TENANT_SUSPENDED,
                    "This agency's account is suspended. Contact the platform operator.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(BearerAuthentication.website(principal.get()));
        continueInTenant(principal.get().tenant(), request, response, chain);
    }

    /**
     * A staff access token is only as good as the membership behind it: the tenant must be active and the
     * membership still active, and its current role (not the one in the token) decides the authorities. A token
     * limited to MFA enrolment reaches only the enrolment endpoints, with its role and none of its permissions.
     */
    private void authenticateStaff(String token, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Optional<AccessTokens.Claims> claims = accessTokens.verify(token);
        if (claims.isEmpty()
                || tenants.statusOf(claims.get().tenant()).orElse(TenantStatus.SUSPENDED) != TenantStatus.ACTIVE) {
            unauthenticated(response);
            return;
        }
        AccessTokens.Claims valid = claims.get();
        Optional<Role> role = staff.activeRole(valid.tenant(), valid.membershipId());
        if (role.isEmpty()) {
            unauthenticated(response);
            return;
        }
        if (valid.mfaEnrolmentOnly() && !isEnrolment(request)) {
            problems.write(response, 403, MFA_ENROLMENT_REQUIRED, "This agency requires multi-factor "
                    + "authentication: enrol (POST /api/v1/auth/mfa/enrolment), confirm, then sign in again.");
            return;
        }
        StaffPrincipal principal = new StaffPrincipal(valid.tenant(), valid.membershipId(), valid.accountId(),
                role.get());
        SecurityContextHolder.getContext().setAuthentication(
                BearerAuthentication.staff(principal, !valid.mfaEnrolmentOnly()));
        continueInTenant(valid.tenant(), request, response, chain);
    }

    /** Exact paths: anything else (trailing slash, path parameters, other methods) is refused, never let through. */
    private static boolean isEnrolment(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && ENROLMENT_PATHS.contains(path);
    }

    private static void continueInTenant(TenantId tenant, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        try {
            TenantContext.<Void, Exception>call(tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private void unauthenticated(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problems.write(response, 401, ProblemCodes.UNAUTHENTICATED, "The bearer token is missing, invalid or expired.");
    }

    /**
     * The authenticated caller of one request: its principal ({@link ApiKeyPrincipal}, {@link StaffPrincipal},
     * {@link PublishableKeyPrincipal}, or {@link #OPERATOR}) and the authorities the rules check.
     */
    static final class BearerAuthentication extends AbstractAuthenticationToken {

        static final String OPERATOR = "operator";

        private final Object principal;

        private BearerAuthentication(Object principal, List<GrantedAuthority> authorities) {
            super(authorities);
            this.principal = principal;
            setAuthenticated(true);
        }

        static BearerAuthentication apiKey(ApiKeyPrincipal key) {
            return new BearerAuthentication(key,
                    key.scopes().stream().map(Scope::authority).map(BearerAuthentication::granted).toList());
        }

        /** A member: their role, and its permissions unless the token is limited to MFA enrolment. */
        static BearerAuthentication staff(StaffPrincipal member, boolean withPermissions) {
            List<GrantedAuthority> authorities = new java.util.ArrayList<>();
            authorities.add(granted("ROLE_" + member.role().name()));
            if (withPermissions) {
                Permissions.of(member.role()).forEach(scope -> authorities.add(granted(scope.authority())));
            }
            return new BearerAuthentication(member, authorities);
        }

        static BearerAuthentication website(PublishableKeyPrincipal key) {
            return new BearerAuthentication(key, List.of(granted(PublishableKeyPrincipal.AUTHORITY)));
        }

        static BearerAuthentication operator() {
            return new BearerAuthentication(OPERATOR, List.of(granted("ROLE_OPERATOR")));
        }

        private static GrantedAuthority granted(String authority) {
            return new SimpleGrantedAuthority(authority);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        /**
         * {@code user:<id>}, {@code api_key:<id>}, {@code publishable_key:<id>} or {@code operator}: how other
         * modules, which cannot see the principal types, record who acted (e.g. an import's "created by").
         */
        @Override
        public String getName() {
            return switch (principal) {
                case StaffPrincipal staff -> "user:" + staff.userId();
                case ApiKeyPrincipal key -> "api_key:" + key.keyId();
                case PublishableKeyPrincipal website -> "publishable_key:" + website.keyId();
                default -> String.valueOf(principal);
            };
        }
    }
}
