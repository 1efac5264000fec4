package ai.seiketsu.demo;

import java.util.Map;

import ai.seiketsu.identity.Accounts;
import ai.seiketsu.identity.Passwords;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo switch loads a living agency once: listings, a team with availability, leads in every stage. */
@IntegrationTest
class DemoAgencyTests {

    @LocalServerPort
    int port;
    @Autowired
    Provisioning provisioning;
    @Autowired
    Accounts accounts;
    @Autowired
    Passwords passwords;
    @Autowired
    Listings listings;
    @Autowired
    Leads leads;
    @Autowired
    Scheduling scheduling;

    @Test
    void loadsTheDemoAgencyOnceAndItsPeopleCanSignIn() {
        DemoAgency demo = new DemoAgency(provisioning, accounts, passwords, listings, leads, scheduling);
        assertThat(demo.load()).isTrue();
        assertThat(demo.load()).as("the second start leaves it alone").isFalse();

        Http http = new Http(port);
        String token = http.post("/api/v1/auth/login", Http.json(Map.of("email", "ava@demo-realty.example",
                "password", DemoAgency.PASSWORD))).json().at("/accessToken").asString();
        assertThat(http.get("/api/v1/users", token).json().at("/items").size()).isEqualTo(3);
        assertThat(http.get("/api/v1/agents", token).json().at("/items").size()).isEqualTo(1);
        for (String city : DemoAgency.CITIES) {
            JsonNode page = http.get("/api/v1/listings?city=" + city + "&limit=200", token).json();
            assertThat(page.at("/items").size()).as(city).isGreaterThan(50);
        }
        JsonNode all = http.get("/api/v1/leads?limit=200", token).json().at("/items");
        assertThat(all.findValuesAsString("stage")).contains("NEW", "CONTACTED", "QUALIFIED", "APPOINTMENT_SET",
                "UNDER_CONTRACT", "CLOSED_WON", "CLOSED_LOST");
    }
}
