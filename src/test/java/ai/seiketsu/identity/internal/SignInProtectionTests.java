package ai.seiketsu.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.cache.TestCaches;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Guessing passwords gets slow, then locked out, and the lockout and unlock land in the audit log. */
@IntegrationTest
class SignInProtectionTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        Staff staff = Staff.newAgency(http, "locked");
        String email = staff.provisioned().at("/owner/email").asString();
        for (int i = 0; i < SignInGuard.LOCK_AFTER; i++) {
            assertThat(login(email, "wrong guess " + i).status()).isEqualTo(401);
        }
        Response locked = login(email, TestTenants.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().at("/code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(locked.json().at("/retryAfterSeconds").asString())).isBetween(1, 900);
        assertThat(platformActions()).contains("auth.locked");

        JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("update account set locked_until = now() - interval '1 second' where email = ?").param(email)
                .update();
        assertThat(login(email, TestTenants.PASSWORD).status()).as("the lock has run out").isEqualTo(200);
        assertThat(platformActions()).contains("auth.unlocked");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Staff staff = Staff.newAgency(http, "reset");
        String email = staff.provisioned().at("/owner/email").asString();
        login(email, "wrong once");
        login(email, "wrong twice");
        assertThat(login(email, TestTenants.PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < SignInGuard.LOCK_AFTER - 1; i++) {
            assertThat(login(email, "wrong again " + i).status()).isEqualTo(401);
        }
        assertThat(login(email, TestTenants.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anEmailWithoutAnAccountLocksJustTheSame() {
        String email = "nobody-" + UUID.randomUUID() + "@example.test";
        for (int i = 0; i < SignInGuard.LOCK_AFTER; i++) {
            assertThat(login(email, "guess " + i).status()).isEqualTo(401);
        }
        assertThat(login(email, "guess again").status()).isEqualTo(429);
    }

    @Test
    void tooManyFailuresFromOneAddressBlockIt() {
        JdbcClient jdbc = JdbcClient.create(TestDatabase.get().runtimeDataSource());
        SignInGuard guard = new SignInGuard(jdbc, TestCaches.inProcess(), event -> { }, Clock.systemUTC(), 3);
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 3; i++) {
            String email = "someone-" + i + "@example.test";
            guard.beforeAttempt(null, email, address);
            guard.failed(null, email, address);
        }
        assertThatThrownBy(() -> guard.beforeAttempt(null, "fresh@example.test", address))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThatCode(() -> guard.beforeAttempt(null, "fresh@example.test", "198.51.100.7"))
                .doesNotThrowAnyException();
    }

    private Response login(String email, String password) {
        return http.post("/api/v1/auth/login", Http.json(Map.of("email", email, "password", password)));
    }

    private java.util.List<String> platformActions() {
        return http.get("/api/v1/platform/audit-events?limit=200", OPERATOR_TOKEN).json().at("/items")
                .findValuesAsString("action");
    }
}
