package ai.seiketsu.identity.internal;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Staff turn on TOTP multi-factor authentication, then sign in with a code (each code once) or a recovery code
 * (each once); an agency can require it of its owners and admins. Codes are computed here from the secret the
 * enrolment returns: a sign-in uses the step after the one that confirmed, so no test waits for the clock.
 */
@IntegrationTest
@RecordApplicationEvents
class MfaTests {

    @LocalServerPort
    int port;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEvents events;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void afterEnrolmentSignInNeedsACodeAndEachCodeWorksOnce() {
        JsonNode tenant = provision("mfa");
        String email = tenant.at("/owner/email").asString();
        String token = login(email, null).json().at("/accessToken").asString();

        Response enrolment = http.post("/api/v1/auth/mfa/enrolment", token, password());
        assertThat(enrolment.status()).isEqualTo(200);
        String secret = enrolment.json().at("/secret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.json().at("/otpauthUri").asString()).startsWith("otpauth://totp/Seiketsu:")
                .contains("secret=" + secret);
        assertThat(enrolment.json().at("/qrCode").asString()).startsWith("data:image/png;base64,iVBORw0KGgo");
        assertThat(login(email, null).status()).as("pending until confirmed").isEqualTo(200);

        long step = Totp.stepAt(Instant.now());
        Response confirmed = confirm(token, code(secret, step));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().at("/recoveryCodes").valueStream().map(JsonNode::asString).toList())
                .hasSize(10).doesNotHaveDuplicates();

        Response withoutCode = login(email, null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.json().at("/code").asString()).isEqualTo("MFA_REQUIRED");
        assertThat(withoutCode.json().has("accessToken")).isFalse();

        Response wrongCode = login(email, wrongCode(secret, step));
        Response wrongPassword = http.post("/api/v1/auth/login", Http.json(Map.of(
                "email", email, "password", "not the password", "totp", code(secret, step + 1))));
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.json().at("/code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(wrongCode.json().at("/detail")).isEqualTo(wrongPassword.json().at("/detail"));

        assertThat(login(email, code(secret, step)).status()).as("the code that confirmed").isEqualTo(401);
        Response signedIn = login(email, code(secret, step + 1));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().at("/mfaEnrolmentRequired").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/agents", signedIn.json().at("/accessToken").asString()).status())
                .isEqualTo(200);
        assertThat(login(email, code(secret, step + 1)).status()).as("replayed").isEqualTo(401);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNotTwice() {
        JsonNode tenant = provision("recovery");
        String email = tenant.at("/owner/email").asString();
        List<String> codes = enrolAndConfirm(login(email, null).json().at("/accessToken").asString()).codes();

        Response first = login(email, codes.get(3).toLowerCase());
        assertThat(first.status()).isEqualTo(200);
        assertThat(login(email, codes.get(3)).status()).isEqualTo(401);
        assertThat(login(email, codes.get(4)).status()).as("the others still work").isEqualTo(200);
    }

    @Test
    void enrolmentNeedsTheRightPassword() {
        JsonNode tenant = provision("reauth");
        String token = login(tenant.at("/owner/email").asString(), null).json().at("/accessToken").asString();

        Response refused = http.post("/api/v1/auth/mfa/enrolment", token,
                Http.json(Map.of("password", "not the password")));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().at("/code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(refused.json().has("secret")).isFalse();
        assertThat(http.post("/api/v1/auth/mfa/enrolment", password()).status()).as("no token").isEqualTo(401);
        assertThat(http.post("/api/v1/auth/mfa/enrolment", tenant.at("/apiKey").asString(), password()).status())
                .as("an API key is not a person").isEqualTo(403);
        assertThat(totpColumns(UUID.fromString(tenant.at("/owner/accountId").asString())).get("totp_secret"))
                .isNull();
    }

    @Test
    void theSecretIsStoredEncrypted() {
        JsonNode tenant = provision("atrest");
        UUID accountId = UUID.fromString(tenant.at("/owner/accountId").asString());
        String token = login(tenant.at("/owner/email").asString(), null).json().at("/accessToken").asString();
        Enrolled enrolled = enrolAndConfirm(token);

        byte[] stored = (byte[]) totpColumns(accountId).get("totp_secret");
        byte[] raw = new Base32().decode(enrolled.secret());
        assertThat(stored).hasSize(12 + 20 + 16); // nonce, ciphertext, GCM tag
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(enrolled.secret())
                .doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
        assertThat(totpColumns(accountId).get("totp_enabled_at")).isNotNull();
        List<byte[]> hashes = JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("select code_hash from account_recovery_code where account_id = ?").param(accountId)
                .query(byte[].class).list();
        assertThat(hashes).hasSize(10).noneSatisfy(hash -> assertThat(new String(hash, StandardCharsets.ISO_8859_1))
                .contains(enrolled.codes().getFirst().substring(0, 5)));
    }

    @Test
    void aWrongConfirmationCodeLeavesMfaOff() {
        JsonNode tenant = provision("wrongconfirm");
        String email = tenant.at("/owner/email").asString();
        String token = login(email, null).json().at("/accessToken").asString();
        String secret = http.post("/api/v1/auth/mfa/enrolment", token, password()).json().at("/secret").asString();

        Response refused = confirm(token, wrongCode(secret, Totp.stepAt(Instant.now())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(login(email, null).status()).isEqualTo(200);
        assertThat(confirm(login(email, null).json().at("/accessToken").asString(),
                code(secret, Totp.stepAt(Instant.now()))).status()).as("the pending enrolment still stands")
                .isEqualTo(200);
    }

    @Test
    void turningMfaOffNeedsThePasswordAndACode() {
        JsonNode tenant = provision("mfaoff");
        String email = tenant.at("/owner/email").asString();
        String token = login(email, null).json().at("/accessToken").asString();
        Enrolled enrolled = enrolAndConfirm(token);
        String nextCode = code(enrolled.secret(), enrolled.step() + 1);

        assertThat(disable(token, "not the password", nextCode).status()).isEqualTo(401);
        assertThat(disable(token, TestTenants.PASSWORD, wrongCode(enrolled.secret(), enrolled.step() + 1)).status())
                .isEqualTo(401);
        assertThat(login(email, null).json().at("/code").asString()).isEqualTo("MFA_REQUIRED");

        assertThat(disable(token, TestTenants.PASSWORD, nextCode).status()).isEqualTo(204);
        assertThat(login(email, null).status()).isEqualTo(200);
        assertThat(login(email, enrolled.codes().getFirst()).status()).as("no factor is checked any more")
                .isEqualTo(200);
        assertThat(totpColumns(UUID.fromString(tenant.at("/owner/accountId").asString())).get("totp_secret"))
                .isNull();
        assertThat(disable(token, TestTenants.PASSWORD, nextCode).status()).as("already off").isEqualTo(409);
    }

    @Test
    void anAgencyThatRequiresMfaLimitsOwnersWithoutItToEnrolment() {
        JsonNode tenant = provision("required");
        String email = tenant.at("/owner/email").asString();
        Response patched = http.patch("/api/v1/tenants/" + tenant.at("/tenant/id").asString(), OPERATOR_TOKEN,
                "{\"requireMfaForAdmins\":true}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/requireMfaForAdmins").asBoolean()).isTrue();

        Response limited = login(email, null);
        assertThat(limited.status()).isEqualTo(200);
        assertThat(limited.json().at("/mfaEnrolmentRequired").asBoolean()).isTrue();
        String token = limited.json().at("/accessToken").asString();
        for (String path : new String[] {"/api/v1/agents", "/api/v1/users"}) {
            Response refused = http.get(path, token);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().at("/code").asString()).isEqualTo("MFA_ENROLMENT_REQUIRED");
        }
        assertThat(disable(token, TestTenants.PASSWORD, "123456").json().at("/code").asString())
                .isEqualTo("MFA_ENROLMENT_REQUIRED");
        Response refreshed = http.post("/api/v1/auth/refresh", Http.json(Map.of("refreshToken",
                limited.json().at("/refreshToken").asString())));
        assertThat(refreshed.json().at("/mfaEnrolmentRequired").asBoolean()).as("refresh keeps the limit").isTrue();
        assertThat(http.get("/api/v1/agents", refreshed.json().at("/accessToken").asString()).status())
                .isEqualTo(403);

        Enrolled enrolled = enrolAndConfirm(token);
        Response full = login(email, code(enrolled.secret(), enrolled.step() + 1));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().at("/mfaEnrolmentRequired").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/agents", full.json().at("/accessToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void failedCodesAndUsedRecoveryCodesAreAudited() {
        JsonNode tenant = provision("mfaaudit");
        String email = tenant.at("/owner/email").asString();
        Enrolled enrolled = enrolAndConfirm(login(email, null).json().at("/accessToken").asString());
        String accountTarget = "account:" + tenant.at("/owner/accountId").asString();

        ProblemException wrong = catchThrowableOfType(ProblemException.class, () -> signIn.signIn(email,
                TestTenants.PASSWORD, wrongCode(enrolled.secret(), enrolled.step() + 1), null, "192.0.2.1"));
        signIn.signIn(email, TestTenants.PASSWORD, enrolled.codes().get(1), null, "192.0.2.1");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(events.stream(AuditRecord.class).filter(e -> accountTarget.equals(e.target())))
                .extracting(AuditRecord::action, AuditRecord::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("auth.mfa.failed", AuditRecord.Outcome.FAILURE),
                        org.assertj.core.groups.Tuple.tuple("auth.recovery_code.used", AuditRecord.Outcome.SUCCESS));
    }

    private record Enrolled(String secret, long step, List<String> codes) {
    }

    private Enrolled enrolAndConfirm(String token) {
        Response enrolment = http.post("/api/v1/auth/mfa/enrolment", token, password());
        assertThat(enrolment.status()).isEqualTo(200);
        String secret = enrolment.json().at("/secret").asString();
        long step = Totp.stepAt(Instant.now());
        Response confirmed = confirm(token, code(secret, step));
        assertThat(confirmed.status()).isEqualTo(200);
        return new Enrolled(secret, step,
                confirmed.json().at("/recoveryCodes").valueStream().map(JsonNode::asString).toList());
    }

    private JsonNode provision(String stem) {
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem)));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    private Response login(String email, String totp) {
        Map<String, String> body = new HashMap<>(Map.of("email", email, "password", TestTenants.PASSWORD));
        if (totp != null) {
            body.put("totp", totp);
        }
        return http.post("/api/v1/auth/login", Http.json(body));
    }

    private Response confirm(String token, String code) {
        return http.post("/api/v1/auth/mfa/enrolment/confirm", token, Http.json(Map.of("code", code)));
    }

    private Response disable(String token, String password, String code) {
        return http.send(http.request("/api/v1/auth/mfa", token).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(Http.json(Map.of("password", password,
                        "code", code)))));
    }

    private static String password() {
        return Http.json(Map.of("password", TestTenants.PASSWORD));
    }

    private static String code(String base32Secret, long step) {
        return Totp.code(new Base32().decode(base32Secret), step);
    }

    /** A code that is valid at none of the steps around {@code step}. */
    private static String wrongCode(String base32Secret, long step) {
        List<String> valid = List.of(code(base32Secret, step - 1), code(base32Secret, step),
                code(base32Secret, step + 1), code(base32Secret, step + 2));
        int candidate = 0;
        while (valid.contains("%06d".formatted(candidate))) {
            candidate++;
        }
        return "%06d".formatted(candidate);
    }

    private static Map<String, Object> totpColumns(UUID accountId) {
        return JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("select totp_secret, totp_enabled_at, totp_last_step from account where id = ?")
                .param(accountId).query().singleRow();
    }
}
