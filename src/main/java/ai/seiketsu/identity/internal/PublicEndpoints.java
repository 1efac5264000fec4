package ai.seiketsu.identity.internal;

import java.util.List;

import ai.seiketsu.shared.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The requests that need no authentication, read from the {@link PublicEndpoint} annotations of the handler
 * methods themselves, so that a module declares its public endpoints where it defines them.
 */
@Component
class PublicEndpoints implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<RequestMatcher> matchers;

    PublicEndpoints(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        List<RequestMatcher> current = matchers;
        if (current == null) {
            current = build();
            matchers = current;
        }
        return current.stream().anyMatch(matcher -> matcher.matches(request));
    }

    private List<RequestMatcher> build() {
        return mappings.getObject().getHandlerMethods().entrySet().stream()
                .filter(entry -> isPublic(entry.getValue()))
                .flatMap(entry -> matchersOf(entry.getKey()).stream())
                .toList();
    }

    static boolean isPublic(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
    }

    private static List<RequestMatcher> matchersOf(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream()
                .flatMap(pattern -> methods.isEmpty()
                        ? java.util.stream.Stream.of((RequestMatcher) PathPatternRequestMatcher.withDefaults()
                                .matcher(pattern))
                        : methods.stream().map(method -> (RequestMatcher) PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.valueOf(method.name()), pattern)))
                .toList();
    }
}
