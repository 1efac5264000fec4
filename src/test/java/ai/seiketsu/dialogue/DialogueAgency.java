package ai.seiketsu.dialogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.TestTenants;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency set up for talking to its voice agent: eight listings in and around Austin (for sale and for rent), an
 * owner free every day from 9 to 5, and knowledge snippets (hours, fees, areas served, a frequent question).
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

    private static Map<String, Object> home(String key, String address, String city, String postalCode, String type,
            String subType, int price, int beds, int baths, int area, Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("ListingKey", key, "StandardStatus", "Active",
                "PropertyType", type, "PropertySubType", subType, "ListPrice", price, "BedroomsTotal", beds,
                "BathroomsTotalInteger", baths, "LivingArea", area, "UnparsedAddress", address, "City", city));
        fields.put("PostalCode", postalCode);
        fields.put("StateOrProvince", "TX");
        for (int i = 0; i < more.length; i += 2) {
            fields.put((String) more[i], more[i + 1]);
        }
        return fields;
    }

    static final List<Map<String, Object>> LISTINGS = List.of(
            home("DLG-1", "1204 Maple Street", "Austin", "78704", "Residential", "Single Family Residence", 485_000,
                    3, 2, 1_850, "GarageSpaces", 2, "AssociationFee", 0, "YearBuilt", 1998, "PublicRemarks",
                    "Updated kitchen and a big backyard with a pool. Walk to Zilker Elementary school."),
            home("DLG-2", "88 Oak Lane", "Austin", "78701", "Residential", "Condominium", 399_000, 2, 2, 1_100,
                    "AssociationFee", 350, "PublicRemarks", "Downtown condo with a balcony and a gym."),
            home("DLG-3", "15 Cedar Court", "Round Rock", "78664", "Residential", "Single Family Residence", 525_000,
                    4, 3, 2_400, "GarageSpaces", 3, "YearBuilt", 2015, "PublicRemarks",
                    "Open floor plan with a fireplace. Three-car garage."),
            home("DLG-4", "700 Pine Road", "Cedar Park", "78613", "Residential", "Townhouse", 350_000, 3, 2, 1_600,
                    "AssociationFee", 120, "PublicRemarks", "End unit with a small patio."),
            home("DLG-5", "42 Lakeview Drive", "Austin", "78731", "Residential", "Single Family Residence", 1_200_000,
                    5, 4, 4_100, "GarageSpaces", 3, "PublicRemarks", "Lake views and a wine cellar."),
            home("DLG-6", "310 Elm Street", "Austin", "78702", "Residential Lease", "Single Family Residence", 2_400,
                    3, 2, 1_500, "PetsAllowed", List.of("Cats OK", "Dogs OK"), "PublicRemarks",
                    "Fenced yard, close to parks."),
            home("DLG-7", "9 River Way", "Round Rock", "78664", "Residential Lease", "Condominium", 1_800, 2, 1, 950,
                    "PetsAllowed", List.of("No"), "PublicRemarks", "Quiet complex with a pool."),
            home("DLG-8", "500 Ranch Road", "Georgetown", "78626", "Residential Income", "Duplex", 650_000, 4, 4,
                    2_800, "PublicRemarks", "Both units leased; strong rental income."));
}
