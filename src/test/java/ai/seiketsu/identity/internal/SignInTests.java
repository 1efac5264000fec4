package ai.seiketsu.identity.internal;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.shared.MasterKey;
import ai.seiketsu.shared.SharedCache;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff sign in with e-mail and password, get a token for one tenant, refresh it, sign out. */
@IntegrationTest
class SignInTests {

    @LocalServerPort
    int port;
    @Autowired
    MasterKey masterKey;
    @Autowired
    SharedCache cache;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anOwnerSignsInAndWorksWithTheAccessToken() {
        JsonNode tenant = provision(TestTenants.uniqueSlug("signin"), null);
        JsonNode session = login(tenant.at("/owner/email").asString(), null).json();

        assertThat(session.at("/tokenType").asString()).isEqualTo("Bearer");
        assertThat(session.at("/expiresIn").asInt()).isEqualTo(900);
        assertThat(session.at("/refreshToken").asString()).startsWith("rt_");
        assertThat(session.at("/user/role").asString()).isEqualTo("OWNER");
        assertThat(session.at("/tenant/slug").asString()).isEqualTo(tenant.at("/tenant/slug").asString());
        String token = session.at("/accessToken").asString();

        assertThat(http.get("/api/v1/agents", token).status()).isEqualTo(200);
        Response users = http.get("/api/v1/users", token);
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().at("/items/0/email").asString()).isEqualTo(tenant.at("/owner/email").asString());
        assertThat(users.json().at("/items/0/id").asString()).isEqualTo(tenant.at("/owner/id").asString());
        assertThat(http.get("/api/v1/tenants", token).status()).as("staff are not operators").isEqualTo(403);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        JsonNode tenant = provision(TestTenants.uniqueSlug("badpw"), null);
        Response wrongPassword = http.post("/api/v1/auth/login", Http.json(Map.of(
                "email", tenant.at("/owner/email").asString(), "password", "not the password")));
        Response unknownEmail = http.post("/api/v1/auth/login", Http.json(Map.of(
                "email", "nobody-" + UUID.randomUUID() + "@example.test", "password", "not the password")));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().at("/detail")).isEqualTo(unknownEmail.json().at("/detail"));
        assertThat(wrongPassword.json().at("/code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aMemberOfTwoAgenciesPicksOneAndEachTokenSeesOnlyItsAgency() {
        String email = "broker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        JsonNode first = provision(TestTenants.uniqueSlug("office-a"), email);
        JsonNode second = provision(TestTenants.uniqueSlug("office-b"), email);
        assertThat(second.at("/owner/accountId")).isEqualTo(first.at("/owner/accountId"));

        Response ambiguous = login(email, null);
        assertThat(ambiguous.status()).isEqualTo(409);
        assertThat(ambiguous.json().at("/code").asString()).isEqualTo("TENANT_REQUIRED");
        assertThat(ambiguous.json().at("/tenants").findValuesAsString("slug")).containsExactlyInAnyOrder(
                first.at("/tenant/slug").asString(), second.at("/tenant/slug").asString());

        String tokenA = login(email, first.at("/tenant/slug").asString()).json().at("/accessToken").asString();
        String tokenB = login(email, second.at("/tenant/slug").asString()).json().at("/accessToken").asString();
        String agentOfA = http.get("/api/v1/agents", tokenA).json().at("/items/0/id").asString();
        String agentOfB = http.get("/api/v1/agents", tokenB).json().at("/items/0/id").asString();
        assertThat(agentOfA).isNotEqualTo(agentOfB);
        assertThat(http.get("/api/v1/agents/" + agentOfB, tokenA).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/users/" + second.at("/owner/id").asString(), tokenA).status()).isEqualTo(404);
    }

    @Test
    void refreshRotatesAndReusingARotatedTokenRevokesTheWholeSignIn() {
        JsonNode tenant = provision(TestTenants.uniqueSlug("refresh"), null);
        String first = login(tenant.at("/owner/email").asString(), null).json().at("/refreshToken").asString();

        Response rotated = refresh(first);
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.json().at("/refreshToken").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(http.get("/api/v1/agents", rotated.json().at("/accessToken").asString()).status()).isEqualTo(200);

        assertThat(refresh(first).status()).as("a rotated token is refused").isEqualTo(401);
        assertThat(refresh(second).status()).as("and its reuse revoked the family").isEqualTo(401);
    }

    @Test
    void signingOutEndsTheRefreshToken() {
        JsonNode tenant = provision(TestTenants.uniqueSlug("logout"), null);
        String refreshToken = login(tenant.at("/owner/email").asString(), null).json().at("/refreshToken").asString();
        assertThat(http.post("/api/v1/auth/logout", Http.json(Map.of("refreshToken", refreshToken))).status())
                .isEqualTo(204);
        assertThat(refresh(refreshToken).status()).isEqualTo(401);
        assertThat(refresh("rt_unknown").status()).isEqualTo(401);
    }

    @Test
    void forgedExpiredOrForeignTokensAreRefused() throws Exception {
        JsonNode tenant = provision(TestTenants.uniqueSlug("forged"), null);
        String valid = login(tenant.at("/owner/email").asString(), null).json().at("/accessToken").asString();
        SignedJWT parsed = SignedJWT.parse(valid);
        JWTClaimsSet claims = parsed.getJWTClaimsSet();
        String kid = parsed.getHeader().getKeyID();
        byte[] key = masterKey.derive("jwt-signing/v1").getEncoded();

        String[] parts = valid.split("\\.");
        String unsigned = parts[0] + "." + parts[1] + ".";
        String algNone = base64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}") + "." + parts[1] + ".";
        String tampered = parts[0] + "." + base64(claims.toString().replace(claims.getStringClaim("role"), "OWNER "))
                + "." + parts[2];
        String expired = sign(key, kid, new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(7200))).build());
        String unknownKid = sign(key, "v9-unknown", claims);
        String otherKey = sign(new byte[32], kid, claims);
        String wrongAudience = sign(key, kid, new JWTClaimsSet.Builder(claims).audience("someone-else").build());

        assertThat(http.get("/api/v1/agents", valid).status()).isEqualTo(200);
        for (String forged : new String[] {unsigned, algNone, tampered, expired, unknownKid, otherKey, wrongAudience}) {
            Response refused = http.get("/api/v1/agents", forged);
            assertThat(refused.status()).as(forged).isEqualTo(401);
            assertThat(refused.json().at("/code").asString()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void signingKeysRotateWithoutSigningEveryoneOut() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        AccessTokens before = new AccessTokens(masterKey, clock, "v1", java.util.List.of("v1"));
        AccessTokens during = new AccessTokens(masterKey, clock, "v2", java.util.List.of("v1", "v2"));
        AccessTokens after = new AccessTokens(masterKey, clock, "v2", java.util.List.of("v2"));
        AccessTokens.Claims claims = new AccessTokens.Claims(UUID.randomUUID(), TenantId.random(), UUID.randomUUID(),
                "OWNER", false);

        String old = before.issue(claims);
        String fresh = during.issue(claims);
        assertThat(during.verify(old)).as("old tokens live out their 15 minutes").contains(claims);
        assertThat(after.verify(fresh)).contains(claims);
        assertThat(after.verify(old)).as("then the old key is gone").isEmpty();
        assertThat(before.verify(fresh)).isEmpty();
    }

    @Test
    void aTokenStopsWorkingWhenItsTenantIsSuspendedOrItsMembershipEnds() {
        JsonNode tenant = provision(TestTenants.uniqueSlug("ends"), null);
        String tenantId = tenant.at("/tenant/id").asString();
        String token = login(tenant.at("/owner/email").asString(), null).json().at("/accessToken").asString();

        http.patch("/api/v1/tenants/" + tenantId, OPERATOR_TOKEN, "{\"status\":\"SUSPENDED\"}");
        assertThat(http.get("/api/v1/agents", token).status()).isEqualTo(401);
        http.patch("/api/v1/tenants/" + tenantId, OPERATOR_TOKEN, "{\"status\":\"ACTIVE\"}");
        assertThat(http.get("/api/v1/agents", token).status()).isEqualTo(200);

        UUID member = UUID.fromString(tenant.at("/owner/id").asString());
        JdbcClient.create(TestDatabase.get().superuserDataSource())
                .sql("update membership set status = 'DEACTIVATED' where id = ?").param(member).update();
        cache.evict(StaffMembers.cacheKey(TenantId.of(tenantId), member));
        assertThat(http.get("/api/v1/agents", token).status()).isEqualTo(401);
    }

    private JsonNode provision(String slug, String ownerEmail) {
        String json = TestTenants.json(slug);
        if (ownerEmail != null) {
            json = json.replace("owner@" + slug + ".test", ownerEmail);
        }
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, json);
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    private Response login(String email, String tenant) {
        Map<String, String> body = tenant == null ? Map.of("email", email, "password", TestTenants.PASSWORD)
                : Map.of("email", email, "password", TestTenants.PASSWORD, "tenant", tenant);
        return http.post("/api/v1/auth/login", Http.json(body));
    }

    private Response refresh(String refreshToken) {
        return http.post("/api/v1/auth/refresh", Http.json(Map.of("refreshToken", refreshToken)));
    }

    private static String sign(byte[] key, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid)
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
