package ai.seiketsu.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Example JSON of an endpoint's request body and answer, shown in the OpenAPI document ({@code /v3/api-docs}) and
 * Swagger UI. Swagger's own {@code @Content(examples = ...)} on an answer replaces the schema springdoc derives
 * from the return type (and a generic {@code Page<T>} cannot be named in an annotation), so this one is added to
 * the JSON content springdoc generated instead, keeping its schema. Examples are parsed when the document is
 * built: one that is not JSON, or names no JSON body to attach to, fails it (and {@code OpenApiDocumentTests}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiExample {

    /** The request body, as JSON; empty for none. */
    String request() default "";

    /** The answer's body, as JSON; empty for none. */
    String response() default "";

    /** The status whose answer {@link #response()} is, e.g. {@code "201"}; empty for the first 2xx documented. */
    String status() default "";
}
