package ai.seiketsu.identity.internal;

import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemResponseWriter;
import ai.seiketsu.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's security: stateless bearer authentication, every {@code /api/**} call authenticated, and each
 * endpoint's own rule declared on it with {@code @PreAuthorize} (roles, {@code SCOPE_...} authorities).
 * Failures are problem documents, like every other error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticator apiKeys, PublishableKeys publishableKeys,
            AccessTokens accessTokens, StaffMembers staff, OperatorToken operatorToken, Tenants tenants,
            RateLimits rateLimits, ProblemResponseWriter problems, PublicEndpoints publicEndpoints) {
        var bearer = new BearerAuthenticationFilter(apiKeys, publishableKeys, accessTokens, staff, operatorToken,
                tenants, problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimits, tenants, problems), BearerAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(publicEndpoints).permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(response, 401, ProblemCodes.UNAUTHENTICATED, "Authentication is required.");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, 403, ProblemCodes.FORBIDDEN, "You may not do this.")));
        return http.build();
    }
}
