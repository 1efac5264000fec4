package ai.seiketsu.shared;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * URLs whose path carries a secret (a calendar feed's token: calendar apps can send nothing else). Tomcat's access
 * log, when an operator switches it on ({@code server.tomcat.accesslog.enabled}), leaves out every request that
 * has the attribute {@link #ATTRIBUTE}: application.yml names it in {@code server.tomcat.accesslog.condition-unless}.
 * A module registers its patterns with {@link #filter}, whose filter marks the request before any other runs, so
 * refusals (401, 429) of such a URL are left out as well.
 */
public final class SecretUrls {

    public static final String ATTRIBUTE = "seiketsu.secret-url";

    private SecretUrls() {
    }

    /** A filter registration (bean {@code name}) that marks requests to the servlet {@code urlPatterns}. */
    public static FilterRegistrationBean<Filter> filter(String name, String... urlPatterns) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SecretUrls::mark);
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void mark(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
