package ai.seiketsu.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners and admins invite people, change roles, deactivate members; an agency always keeps an owner. */
@IntegrationTest
class TeamMembersTests {

    private static final String NEW_PASSWORD = "a brand new pass phrase";

    @LocalServerPort
    int port;
    Http http;
    Staff owner;

    @BeforeEach
    void agency() {
        http = new Http(port);
        owner = Staff.newAgency(http, "team");
    }

    @Test
    void anInvitedPersonAcceptsSignsInAndGetsTheirRolesPermissions() {
        String email = "agent-" + TestTenants.uniqueSlug("a") + "@example.test";
        JsonNode invited = invite(owner.accessToken(), email, "AGENT");
        assertThat(invited.at("/user/status").asString()).isEqualTo("INVITED");
        assertThat(invited.at("/user/email").asString()).isEqualTo(email);
        assertThat(invited.at("/invitationUrl").asString()).contains("/invitations/accept?token=inv_");
        assertThat(http.get("/api/v1/users", owner.accessToken()).json().at("/items").findValuesAsString("status"))
                .contains("INVITED");

        Response accepted = accept(invited, "Avery Agent", NEW_PASSWORD);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(accepted.json().at("/role").asString()).isEqualTo("AGENT");

        String agent = login(email, null).json().at("/accessToken").asString();
        assertThat(http.get("/api/v1/users", agent).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/agents", agent).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/users", agent, Http.json(Map.of("email", "x@example.test", "role", "VIEWER")))
                .status()).isEqualTo(403);
        assertThat(http.get("/api/v1/api-keys", agent).status()).isEqualTo(403);
        assertThat(accept(invited, "Avery Again", NEW_PASSWORD).status()).as("single use").isEqualTo(404);
    }

    @Test
    void someoneWithAnAccountJoinsWithTheirOwnPasswordAndThenPicksTheAgencyAtSignIn() {
        Staff otherAgency = Staff.newAgency(http, "team-other");
        String email = otherAgency.provisioned().at("/owner/email").asString();
        JsonNode invited = invite(owner.accessToken(), email, "ADMIN");

        assertThat(accept(invited, null, "not their password").status()).isEqualTo(401);
        Response accepted = accept(invited, null, TestTenants.PASSWORD);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().at("/accountId")).isEqualTo(otherAgency.provisioned().at("/owner/accountId"));
        assertThat(login(email, null).status()).isEqualTo(409);
        assertThat(login(email, owner.provisioned().at("/tenant/slug").asString()).json().at("/user/role").asString())
                .isEqualTo("ADMIN");
    }

    @Test
    void theLastOwnerCannotBeDemotedOrDeactivated() {
        Response demote = http.patch("/api/v1/users/" + owner.ownerId(), owner.accessToken(), "{\"role\":\"ADMIN\"}");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().at("/code").asString()).isEqualTo("LAST_OWNER");
        Response deactivate = http.patch("/api/v1/users/" + owner.ownerId(), owner.accessToken(),
                "{\"status\":\"DEACTIVATED\"}");
        assertThat(deactivate.json().at("/code").asString()).isEqualTo("LAST_OWNER");

        String secondOwnerEmail = "owner2-" + TestTenants.uniqueSlug("o") + "@example.test";
        accept(invite(owner.accessToken(), secondOwnerEmail, "OWNER"), "Second Owner", NEW_PASSWORD);
        assertThat(http.patch("/api/v1/users/" + owner.ownerId(), owner.accessToken(), "{\"role\":\"ADMIN\"}")
                .json().at("/role").asString()).isEqualTo("ADMIN");
    }

    @Test
    void onlyAnOwnerGrantsOrTouchesTheOwnerRole() {
        String adminEmail = "admin-" + TestTenants.uniqueSlug("a") + "@example.test";
        accept(invite(owner.accessToken(), adminEmail, "ADMIN"), "Ada Admin", NEW_PASSWORD);
        String admin = login(adminEmail, null).json().at("/accessToken").asString();

        assertThat(invite(admin, "viewer-" + TestTenants.uniqueSlug("v") + "@example.test", "VIEWER")
                .at("/user/role").asString()).isEqualTo("VIEWER");
        assertThat(http.post("/api/v1/users", admin, Http.json(Map.of("email", "o@example.test", "role", "OWNER")))
                .status()).isEqualTo(403);
        assertThat(http.patch("/api/v1/users/" + owner.ownerId(), admin, "{\"status\":\"DEACTIVATED\"}").status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/users", owner.apiKey(), Http.json(Map.of("email", "k@example.test",
                "role", "OWNER"))).status()).as("keys never grant OWNER").isEqualTo(403);
    }

    @Test
    void aDeactivatedMemberLosesAccessAtOnce() {
        String email = "leaver-" + TestTenants.uniqueSlug("l") + "@example.test";
        String id = accept(invite(owner.accessToken(), email, "AGENT"), "Lee Leaver", NEW_PASSWORD).json()
                .at("/id").asString();
        JsonNode session = login(email, null).json();
        String token = session.at("/accessToken").asString();
        assertThat(http.get("/api/v1/agents", token).status()).isEqualTo(200);

        assertThat(http.patch("/api/v1/users/" + id, owner.accessToken(), "{\"status\":\"DEACTIVATED\"}").status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/agents", token).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/auth/refresh", Http.json(Map.of("refreshToken",
                session.at("/refreshToken").asString()))).status()).isEqualTo(401);
        assertThat(login(email, null).status()).isEqualTo(401);
    }

    @Test
    void aUsersReadKeyCannotChangeRoles() {
        String readOnly = http.post("/api/v1/api-keys", owner.accessToken(), Http.json(Map.of("name", "Reader",
                "scopes", List.of("users:read")))).json().at("/secret").asString();
        assertThat(http.get("/api/v1/users", readOnly).status()).isEqualTo(200);
        assertThat(http.patch("/api/v1/users/" + owner.ownerId(), readOnly, "{\"role\":\"ADMIN\"}").status())
                .isEqualTo(403);
    }

    @Test
    void invitationsCountAgainstThePlansSeats() {
        invite(owner.accessToken(), "seat1-" + TestTenants.uniqueSlug("s") + "@example.test", "VIEWER");
        invite(owner.accessToken(), "seat2-" + TestTenants.uniqueSlug("s") + "@example.test", "VIEWER");
        Response full = http.post("/api/v1/users", owner.accessToken(), Http.json(Map.of(
                "email", "seat3-" + TestTenants.uniqueSlug("s") + "@example.test", "role", "VIEWER")));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().at("/code").asString()).isEqualTo("PLAN_LIMIT");
    }

    @Test
    void anotherTenantsMemberIsNotFound() {
        Staff other = Staff.newAgency(http, "team-foreign");
        assertThat(http.patch("/api/v1/users/" + other.ownerId(), owner.accessToken(), "{\"role\":\"VIEWER\"}")
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/users/" + other.ownerId(), owner.accessToken()).status()).isEqualTo(404);
    }

    private JsonNode invite(String token, String email, String role) {
        Response invited = http.post("/api/v1/users", token, Http.json(Map.of("email", email, "role", role)));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return invited.json();
    }

    private Response accept(JsonNode invited, String name, String password) {
        String query = URI.create(invited.at("/invitationUrl").asString()).getQuery();
        String token = query.substring("token=".length());
        Map<String, String> body = name == null ? Map.of("token", token, "password", password)
                : Map.of("token", token, "name", name, "password", password);
        return http.post("/api/v1/users/invitations/accept", Http.json(body));
    }

    private Response login(String email, String tenant) {
        Map<String, String> body = tenant == null ? Map.of("email", email, "password", passwordFor(email))
                : Map.of("email", email, "password", passwordFor(email), "tenant", tenant);
        return http.post("/api/v1/auth/login", Http.json(body));
    }

    private static String passwordFor(String email) {
        return email.startsWith("owner@") ? TestTenants.PASSWORD : NEW_PASSWORD;
    }
}
