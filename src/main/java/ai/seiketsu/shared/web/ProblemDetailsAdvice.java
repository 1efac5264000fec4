package ai.seiketsu.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Turns every failure inside Spring MVC into an RFC 9457 problem with a stable {@code code}. Messages of
 * infrastructure exceptions never reach the response: unexpected failures get a generic detail and an error id
 * that is also logged.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage(), e.violations());
        e.extensions().forEach(problem::setProperty);
        if (e.extensions().get("retryAfterSeconds") instanceof Number seconds) {
            return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, seconds.toString()).body(problem);
        }
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(Problems.of(400, ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.",
                List.of(new FieldViolation(e.getName(), "has an invalid value"))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException e) {
        return respond(Problems.of(403, ProblemCodes.FORBIDDEN, "You may not do this.", List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> handleAuthentication(AuthenticationException e) {
        return respond(Problems.of(401, ProblemCodes.UNAUTHENTICATED, "Authentication is required.", List.of()));
    }

    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ProblemDetail> handleTransient(TransientDataAccessException e) {
        log.warn("Transient database failure: {}", e.getClass().getSimpleName());
        return respond(Problems.of(503, ProblemCodes.SERVICE_UNAVAILABLE,
                "The service is briefly unavailable; try again.", List.of()));
    }

    /**
     * No database connection in time (the pool is exhausted under a burst, or the database is restarting): the
     * request did nothing, so the client may simply retry.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class })
    ResponseEntity<ProblemDetail> handleNoConnection(Exception e) {
        log.warn("No database connection: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "1").body(Problems.of(503,
                ProblemCodes.SERVICE_UNAVAILABLE, "The service is busy; try again in a moment.", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected failure {}", errorId, e);
        ProblemDetail problem = Problems.of(500, ProblemCodes.INTERNAL,
                "Something went wrong on our side. Quote error id " + errorId + " when reporting it.", List.of());
        problem.setProperty("errorId", errorId);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return withBody(Problems.of(400, ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.",
                violations), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldViolation(
                        String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage()))))
                .toList();
        return withBody(Problems.of(400, ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.",
                violations), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            return withBody(Problems.of(400, ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.",
                    List.of(new FieldViolation(path(json), message(json)))), headers);
        }
        return withBody(Problems.of(400, ProblemCodes.MALFORMED_REQUEST,
                "The request body is missing or is not valid JSON.", List.of()), headers);
    }

    /** Every other MVC exception: keep Spring's status and safe default detail, add type and code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        Problems.complete(problem, ProblemCodes.forStatus(status.value()));
        return withBody(problem, headers);
    }

    /** An unknown enum value names the values there are (they are the API's, not internals); else a generic message. */
    private static String message(JacksonException e) {
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList();
        }
        return "has an invalid value or type";
    }

    private static String path(JacksonException e) {
        List<String> parts = new ArrayList<>();
        for (JacksonException.Reference reference : e.getPath()) {
            parts.add(reference.getPropertyName() != null ? reference.getPropertyName()
                    : "[" + reference.getIndex() + "]");
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> withBody(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus())).headers(headers).body(problem);
    }

}
