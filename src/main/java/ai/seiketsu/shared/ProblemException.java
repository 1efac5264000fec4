package ai.seiketsu.shared;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. It becomes an RFC 9457 problem with the given HTTP status, a stable
 * {@code code}, and a {@code detail} that is safe to show (never an infrastructure message).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldViolation> violations;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String code, String detail, List<FieldViolation> violations) {
        this(status, code, detail, violations, Map.of());
    }

    /** With extension members beside the standard ones, e.g. the tenants to choose from. */
    public ProblemException(int status, String code, String detail, List<FieldViolation> violations,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, ProblemCodes.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemCodes.CONFLICT, detail);
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(400, ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.",
                violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid field of a request: its JSON path and what is wrong with it. */
    public record FieldViolation(String field, String message) {
    }
}
