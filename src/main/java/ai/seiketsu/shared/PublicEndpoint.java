package ai.seiketsu.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API endpoint that anyone may call without a bearer token (sign-in, sign-up, accepting an
 * invitation): the credential, if any, is in the request itself. Every other endpoint declares its rule with
 * {@code @PreAuthorize}; the route inventory test fails on an endpoint that has neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {

    /** Why this endpoint needs no authentication. */
    String value();
}
