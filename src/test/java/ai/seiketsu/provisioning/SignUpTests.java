package ai.seiketsu.provisioning;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency signs itself up: STARTER plan, owner, voice agent and key, with no account enumeration. */
@IntegrationTest
class SignUpTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() throws UnknownHostException {
        http = fromOwnAddress();
    }

    /** Sign-ups are limited per address; each test signs up from an address of its own. */
    private Http fromOwnAddress() throws UnknownHostException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Http(port, InetAddress.getByName("127.2." + random.nextInt(256) + "." + random.nextInt(1, 255)));
    }

    @Test
    void oneAddressMaySignUpFiveAgenciesAnHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/v1/signup", TestTenants.json(TestTenants.uniqueSlug("burst"))).status())
                    .isEqualTo(201);
        }
        Http.Response sixth = http.post("/api/v1/signup", TestTenants.json(TestTenants.uniqueSlug("burst")));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().at("/code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anAgencySignsUpOnTheStarterPlanAndItsOwnerCanSignIn() {
        String slug = TestTenants.uniqueSlug("self");
        Response created = http.post("/api/v1/signup", TestTenants.json(slug).replace("\"STARTER\"", "\"ENTERPRISE\""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/tenant/plan").asString()).isEqualTo("STARTER");
        assertThat(created.json().at("/apiKey").asString()).startsWith("sk_");
        assertThat(http.get("/api/v1/agents", created.json().at("/apiKey").asString()).status()).isEqualTo(200);
        Response login = http.post("/api/v1/auth/login", Http.json(Map.of("email", "owner@" + slug + ".test",
                "password", TestTenants.PASSWORD)));
        assertThat(login.json().at("/user/role").asString()).isEqualTo("OWNER");
    }

    @Test
    void aTakenSlugIsAConflict() {
        String slug = TestTenants.uniqueSlug("self-taken");
        assertThat(http.post("/api/v1/signup", TestTenants.json(slug)).status()).isEqualTo(201);
        Response again = http.post("/api/v1/signup", TestTenants.json(slug).replace("owner@", "other@"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/code").asString()).isEqualTo("SLUG_TAKEN");
    }

    @Test
    void anEmailWithAnAccountGetsTheSameAnswerAsAnInvalidOne() {
        String first = TestTenants.uniqueSlug("self-first");
        assertThat(http.post("/api/v1/signup", TestTenants.json(first)).status()).isEqualTo(201);

        String second = TestTenants.uniqueSlug("self-second");
        Response taken = http.post("/api/v1/signup",
                TestTenants.json(second).replace("owner@" + second + ".test", "owner@" + first + ".test"));
        Response invalid = http.post("/api/v1/signup",
                TestTenants.json(TestTenants.uniqueSlug("self-third")).replaceAll("owner@[^\"]+", "not-an-email"));

        assertThat(taken.status()).isEqualTo(400);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(taken.json().at("/errors")).isEqualTo(invalid.json().at("/errors"));
        assertThat(http.get("/api/v1/tenants?limit=200", ai.seiketsu.support.TestDatabaseContextCustomizerFactory
                .OPERATOR_TOKEN).json().at("/items").findValuesAsString("slug")).doesNotContain(second);
    }
}
