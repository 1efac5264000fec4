package ai.seiketsu.leads;

import java.util.Map;
import java.util.UUID;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-up tasks on leads: created, done, reassigned, listed across the agency, never across agencies. */
@IntegrationTest
class TaskApiTests {

    @LocalServerPort
    int port;
    Http http;
    Staff agency;
    String leadId;

    @BeforeEach
    void agencyWithALead() {
        http = new Http(port);
        agency = Staff.newAgency(http, "tasks");
        leadId = http.post("/api/v1/leads", agency.apiKey(), Http.json(Map.of("firstName", "Tess"))).json().at("/id")
                .asString();
    }

    @Test
    void aTaskIsCreatedOpenAndThenDoneReassignedAndMoved() {
        Response created = createTask(agency.apiKey(), Map.of("type", "CALLBACK", "dueAt", "2030-01-02T15:00:00Z",
                "note", "asked for a call back", "assignedUserId", agency.ownerId()));
        assertThat(created.status()).isEqualTo(201);
        JsonNode task = created.json();
        assertThat(task.at("/status").asString()).isEqualTo("OPEN");
        assertThat(task.at("/leadId").asString()).isEqualTo(leadId);
        assertThat(task.at("/type").asString()).isEqualTo("CALLBACK");
        assertThat(task.at("/assignedUserId").asString()).isEqualTo(agency.ownerId());
        String taskId = task.at("/id").asString();

        Response moved = change(taskId, Map.of("dueAt", "2030-01-03T09:30:00-05:00"));
        assertThat(moved.json().at("/dueAt").asString()).isEqualTo("2030-01-03T14:30:00Z");
        Response done = change(taskId, Map.of("status", "DONE"));
        assertThat(done.json().at("/status").asString()).isEqualTo("DONE");
        assertThat(done.json().at("/note").asString()).isEqualTo("asked for a call back");

        assertThat(http.get("/api/v1/leads/" + leadId + "/tasks", agency.apiKey()).json().at("/items")
                .findValuesAsString("status")).containsExactly("DONE");
        assertThat(http.get("/api/v1/leads/" + leadId + "/timeline", agency.apiKey()).json().at("/items")
                .findValuesAsString("kind")).contains("TASK_CREATED", "TASK_UPDATED");
    }

    @Test
    void theOpenTaskListShowsOnlyOpenTasksOfTheMemberAsked() {
        String mine = createTask(agency.apiKey(), Map.of("type", "FOLLOW_UP", "assignedUserId", agency.ownerId()))
                .json().at("/id").asString();
        String unassigned = createTask(agency.apiKey(), Map.of("type", "CALLBACK")).json().at("/id").asString();
        String finished = createTask(agency.apiKey(), Map.of("type", "CALLBACK", "assignedUserId", agency.ownerId()))
                .json().at("/id").asString();
        change(finished, Map.of("status", "DONE"));

        assertThat(tasks("?assignedUserId=" + agency.ownerId() + "&status=OPEN")).containsExactly(mine);
        assertThat(tasks("?status=OPEN")).containsExactly(mine, unassigned);
        assertThat(tasks("")).containsExactly(mine, unassigned, finished);
        assertThat(tasks("?status=DONE")).containsExactly(finished);
        assertThat(http.get("/api/v1/tasks?status=MAYBE", agency.apiKey()).status()).isEqualTo(400);
    }

    @Test
    void tasksAreAssignedOnlyToActiveMembersAndNeedAType() {
        Response stranger = createTask(agency.apiKey(), Map.of("type", "CALLBACK",
                "assignedUserId", UUID.randomUUID().toString()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().at("/errors/0/field").asString()).isEqualTo("assignedUserId");
        assertThat(createTask(agency.apiKey(), Map.of("note", "no type")).status()).isEqualTo(400);
        String taskId = createTask(agency.apiKey(), Map.of("type", "CALLBACK")).json().at("/id").asString();
        assertThat(change(taskId, Map.of("assignedUserId", UUID.randomUUID().toString())).status()).isEqualTo(400);
        assertThat(change(taskId, Map.of("assignedUserId", agency.ownerId())).json().at("/assignedUserId").asString())
                .isEqualTo(agency.ownerId());
    }

    @Test
    void anotherTenantsLeadAndTaskAnswer404() {
        Staff other = Staff.newAgency(http, "tasks-other");
        String theirLead = http.post("/api/v1/leads", other.apiKey(), Http.json(Map.of("firstName", "Olga"))).json()
                .at("/id").asString();
        String theirTask = http.post("/api/v1/leads/" + theirLead + "/tasks", other.apiKey(),
                "{\"type\":\"CALLBACK\"}").json().at("/id").asString();

        assertThat(http.get("/api/v1/leads/" + theirLead + "/tasks", agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/leads/" + theirLead + "/tasks", agency.apiKey(), "{\"type\":\"CALLBACK\"}")
                .status()).isEqualTo(404);
        assertThat(http.patch("/api/v1/leads/" + theirLead + "/tasks/" + theirTask, agency.apiKey(),
                "{\"status\":\"DONE\"}").status()).isEqualTo(404);
        assertThat(http.patch("/api/v1/leads/" + leadId + "/tasks/" + theirTask, agency.apiKey(),
                "{\"status\":\"DONE\"}").status()).isEqualTo(404);
        assertThat(tasks("")).isEmpty();
        assertThat(http.get("/api/v1/tasks", other.apiKey()).json().at("/items/0/status").asString())
                .as("untouched").isEqualTo("OPEN");
    }

    private Response createTask(String bearer, Map<String, ?> body) {
        return http.post("/api/v1/leads/" + leadId + "/tasks", bearer, Http.json(body));
    }

    private Response change(String taskId, Map<String, ?> body) {
        return http.patch("/api/v1/leads/" + leadId + "/tasks/" + taskId, agency.accessToken(), Http.json(body));
    }

    private java.util.List<String> tasks(String query) {
        return http.get("/api/v1/tasks" + query, agency.apiKey()).json().at("/items").findValuesAsString("id");
    }
}
