package ai.seiketsu.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import org.springframework.http.ProblemDetail;

/** Builds Seiketsu's problem documents: RFC 9457 members plus {@code code} and, for validation, {@code errors}. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(int status, String code, String detail, List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status),
                detail);
        complete(problem, code);
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message()))
                    .toList());
        }
        return problem;
    }

    static void complete(ProblemDetail problem, String defaultCode) {
        Object existing = problem.getProperties() == null ? null : problem.getProperties().get("code");
        String code = existing instanceof String s ? s : defaultCode;
        problem.setType(URI.create(ProblemCodes.typeFor(code)));
        problem.setProperty("code", code);
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle());
        }
    }
}
