package ai.seiketsu.dialogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.seiketsu.dialogue.guided.MemoryWorld;
import ai.seiketsu.listings.ListingDetails;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency set up for talking to its voice agent: the eight listings in and around Austin (for sale and for rent)
 * of {@link MemoryWorld}, an owner free every day from 9 to 5, and knowledge snippets (hours, fees, areas served, a
 * frequent question).
 */
record DialogueAgency(Http http, String apiKey, String agentId, String ownerId, String tenantId) {

    static final String OFFICE_HOURS = "We're open Monday to Saturday, 9 AM to 6 PM.";
    static final String FEES = "Our listing fee is 2.5 percent of the sale price, and buyers pay nothing.";
    static final String AREAS = "We serve Austin, Round Rock, Cedar Park and Georgetown.";
    static final String FIRST_TIME = "Yes, we love first-time buyers and can walk you through every step.";

    static DialogueAgency create(Http http, String stem) {
        // the professional plan's 100 API requests per second: a scripted caller types faster than a person
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem))
                .replace("\"STARTER\"", "\"PROFESSIONAL\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode provisioned = created.json();
        DialogueAgency agency = new DialogueAgency(http, provisioned.at("/apiKey").asString(),
                provisioned.at("/voiceAgent/id").asString(), provisioned.at("/owner/id").asString(),
                provisioned.at("/tenant/id").asString());
        agency.configure(Map.of());
        String week = String.join(",", Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> "{\"day\":\"" + day + "\",\"start\":\"09:00\",\"end\":\"17:00\"}").toList());
        Response availability = http.send(http.request("/api/v1/users/" + agency.ownerId + "/availability",
                agency.apiKey).header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"weekly\": [" + week + "], \"daysOff\": [], \"bufferMinutes\": 0}")));
        assertThat(availability.status()).as(availability.body()).isEqualTo(200);
        LISTINGS.forEach(agency::listing);
        return agency;
    }

    /** Replaces the agent's dialogue settings: the fixture's knowledge, and {@code changes} over the defaults. */
    void configure(Map<String, Object> changes) {
        Map<String, Object> dialogue = new HashMap<>();
        dialogue.put("knowledge", List.of(
                Map.of("topic", "OFFICE_HOURS", "answer", OFFICE_HOURS),
                Map.of("topic", "FEES", "answer", FEES),
                Map.of("topic", "AREAS_SERVED", "answer", AREAS),
                Map.of("topic", "FAQ", "question", "Do you help first-time buyers?", "answer", FIRST_TIME)));
        dialogue.putAll(changes);
        Response changed = http.patch("/api/v1/agents/" + agentId, apiKey, Http.json(Map.of("dialogue", dialogue)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    void agent(Map<String, Object> fields) {
        Response changed = http.patch("/api/v1/agents/" + agentId, apiKey, Http.json(fields));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private void listing(Map<String, Object> fields) {
        Response created = http.post("/api/v1/listings", apiKey, Http.json(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The eight listings of the dialogue tests' in-memory world, as RESO JSON (absent fields left out). */
    static final List<Map<String, Object>> LISTINGS = MemoryWorld.AUSTIN.stream().map(DialogueAgency::reso).toList();

    private static Map<String, Object> reso(ListingDetails details) {
        Map<String, Object> fields = new HashMap<>();
        JSON.convertValue(details, Map.class).forEach((name, value) -> {
            if (value != null) {
                fields.put(String.valueOf(name), value);
            }
        });
        return fields;
    }
}
