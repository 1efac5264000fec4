package ai.seiketsu.shared.web;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures that are nobody's fault but a busy moment answer 503 with Retry-After, never a 500. */
class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void anExhaustedConnectionPoolIsAServiceUnavailableToRetry() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        for (Exception e : new Exception[] {
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout) }) {
            ResponseEntity<ProblemDetail> answer = advice.handleNoConnection(e);

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(answer.getBody()).isNotNull();
            assertThat(answer.getBody().getProperties()).containsEntry("code", "SERVICE_UNAVAILABLE");
            assertThat(answer.getBody().getDetail()).doesNotContain("Hikari");
        }
    }
}
