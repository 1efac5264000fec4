package ai.seiketsu.idempotency.internal;

import ai.seiketsu.shared.ProblemResponseWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link IdempotencyFilter} in the servlet chain right after Spring Security's filter chain (order
 * -100): it then runs after authentication and the rate limiter (a refused or throttled request never reserves a
 * key) and inside the tenant scope that the bearer filter opens around the rest of the request. Kept out of the
 * identity module's security configuration so that security does not depend on this module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    static final int AFTER_SPRING_SECURITY = -99;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter problems,
            IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(keys, problems, (int) properties.maxBodySize().toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
