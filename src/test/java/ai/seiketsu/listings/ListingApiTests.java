package ai.seiketsu.listings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Listings one at a time, search with every filter, pagination, scopes and tenant isolation. */
@IntegrationTest
class ListingApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Listings listings;
    Http http;
    Staff agency;
    ListingApi api;

    @BeforeEach
    void agency() {
        http = new Http(port);
        agency = Staff.newAgency(http, "listings");
        api = new ListingApi(http, agency.apiKey());
    }

    @Test
    void aListingIsCreatedReadChangedAndDeletedWithResoFieldNames() {
        JsonNode created = api.create(listing("C-1", 525000, "Portland", "SingleFamilyResidence", 3, 2,
                "Craftsman with a detached garage"));
        String id = created.at("/id").asString();
        assertThat(created.at("/ListingKey").asString()).isEqualTo("C-1");
        assertThat(created.at("/PropertySubType").asString()).isEqualTo("Single Family Residence");
        assertThat(created.at("/StandardStatus").asString()).isEqualTo("Active");
        assertThat(created.has("OriginalEntryTimestamp")).isTrue();
        assertThat(created.has("listingKey")).as("only RESO names").isFalse();

        Response patched = http.patch("/api/v1/listings/" + id, agency.apiKey(),
                Http.json(Map.of("ListPrice", 499000, "StandardStatus", "Active Under Contract")));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/ListPrice").decimalValue()).isEqualByComparingTo("499000");
        assertThat(patched.json().at("/StandardStatus").asString()).isEqualTo("Active Under Contract");
        assertThat(patched.json().at("/City").asString()).as("kept").isEqualTo("Portland");

        Response replaced = http.send(http.request("/api/v1/listings/" + id, agency.apiKey())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Http.json(Map.of("ListingKey", "C-1", "ListPrice", 480000)))));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().at("/City").isNull()).as("PUT replaces every field").isTrue();

        assertThat(http.send(http.request("/api/v1/listings/" + id, agency.apiKey()).DELETE()).status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/listings/" + id, agency.apiKey()).status()).isEqualTo(404);
    }

    @Test
    void invalidFieldsAreFieldErrorsAndADuplicateListingKeyIsAConflict() {
        Map<String, Object> bad = new LinkedHashMap<>(Map.of("ListPrice", "cheap", "StandardStatus", "Sold",
                "Latitude", 123, "PhotoURLs", List.of("javascript:alert(1)")));
        Response refused = http.post("/api/v1/listings", agency.apiKey(), Http.json(bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("ListingKey", "ListPrice", "StandardStatus", "Latitude", "PhotoURLs");

        api.create(listing("DUP", 1000, "Reno", null, 1, 1, null));
        Response duplicate = http.post("/api/v1/listings", agency.apiKey(),
                Http.json(listing("DUP", 2000, "Reno", null, 1, 1, null)));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().at("/code").asString()).isEqualTo("CONFLICT");
    }

    @Test
    void searchFiltersByCityPostalCodePriceRoomsTypeAndStatusInBothSpellings() {
        api.create(listing("S-1", 300000, "Tucson", "Single Family Residence", 3, 2, null));
        api.create(listing("S-2", 450000, "Tucson", "Condominium", 2, 2, null));
        api.create(listing("S-3", 650000, "Tucson", "Duplex", 5, 3, null));
        api.create(listing("S-4", 800000, "Phoenix", "SingleFamilyResidence", 4, 3, null));
        Map<String, Object> pending = listing("S-5", 350000, "Tucson", "Townhouse", 3, 2, null);
        pending.put("StandardStatus", "ActiveUnderContract");
        api.create(pending);

        assertThat(keys("city=tucson")).containsExactlyInAnyOrder("S-1", "S-2", "S-3");
        assertThat(keys("postalCode=85001")).containsExactly("S-4");
        assertThat(keys("minPrice=400000&maxPrice=700000")).containsExactlyInAnyOrder("S-2", "S-3");
        assertThat(keys("minBeds=4")).containsExactlyInAnyOrder("S-3", "S-4");
        assertThat(keys("minBaths=3&city=Tucson")).containsExactly("S-3");
        assertThat(keys("propertyType=SINGLE_FAMILY")).containsExactlyInAnyOrder("S-1", "S-4");
        assertThat(keys("propertyType=CONDO")).containsExactly("S-2");
        assertThat(keys("propertyType=MULTI_FAMILY")).containsExactly("S-3");
        assertThat(keys("status=Active%20Under%20Contract")).containsExactly("S-5");
        assertThat(keys("status=ActiveUnderContract&propertyType=TOWNHOUSE")).containsExactly("S-5");
        assertThat(keys("sort=price_desc")).containsExactly("S-4", "S-3", "S-2", "S-1");

        Response bad = http.get("/api/v1/listings?status=Sold&minPrice=-1", agency.apiKey());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors").findValuesAsString("field")).containsExactlyInAnyOrder("status",
                "minPrice");
    }

    @Test
    void fullTextSearchMatchesAddressCityAndRemarks() {
        api.create(listing("T-1", 400000, "Salem", null, 3, 2, "Sunny kitchen and a heated swimming pool"));
        api.create(listing("T-2", 410000, "Salem", null, 3, 2, "Quiet street near the elementary school"));
        assertThat(keys("q=pool")).containsExactly("T-1");
        assertThat(keys("q=schools")).as("stemmed").containsExactly("T-2");
        assertThat(keys("q=salem%20-pool")).as("web search syntax").containsExactly("T-2");
        assertThat(keys("q=%22heated%20swimming%22")).containsExactly("T-1");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsInEverySortOrder() {
        for (int i = 0; i < 7; i++) {
            api.create(listing("P-" + i, 100000 + (i % 3) * 1000, "Eugene", null, 2, 1, null));
        }
        for (String sort : List.of("newest", "price_asc", "price_desc")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = api.search("city=Eugene&limit=3&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor));
                page.at("/items").forEach(item -> seen.add(item.at("/ListingKey").asString()));
                cursor = page.at("/nextCursor").isNull() ? null : page.at("/nextCursor").asString();
            } while (cursor != null);
            assertThat(seen).as(sort).hasSize(7).doesNotHaveDuplicates();
        }
        String priceCursor = api.search("city=Eugene&limit=3&sort=price_asc").at("/nextCursor").asString();
        assertThat(http.get("/api/v1/listings?sort=newest&cursor=" + priceCursor, agency.apiKey()).status())
                .as("a cursor of another order").isEqualTo(400);
    }

    @Test
    void aReadOnlyKeyMaySearchButNotWrite() {
        Response key = http.post("/api/v1/api-keys", agency.accessToken(),
                Http.json(Map.of("name", "Website", "scopes", List.of("listings:read"))));
        String readOnly = key.json().at("/secret").asString();
        String id = api.create(listing("RO-1", 1, "Ogden", null, 1, 1, null)).at("/id").asString();

        assertThat(http.get("/api/v1/listings/" + id, readOnly).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/listings", readOnly, Http.json(listing("RO-2", 1, "Ogden", null, 1, 1, null)))
                .status()).isEqualTo(403);
        assertThat(http.patch("/api/v1/listings/" + id, readOnly, "{\"ListPrice\": 2}").status()).isEqualTo(403);
        assertThat(http.send(http.request("/api/v1/listings/" + id, readOnly).DELETE()).status()).isEqualTo(403);
        Response upload = new ListingApi(http, readOnly).uploadCsv(ListingImportTests.HEADER);
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.json().at("/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anotherTenantsListingsAndImportsAreNotFound() {
        Staff other = Staff.newAgency(http, "listings-other");
        ListingApi theirs = new ListingApi(http, other.apiKey());
        String listingOfB = theirs.create(listing("B-1", 1, "Provo", null, 1, 1, "secret remarks")).at("/id").asString();
        String importOfB = theirs.awaitImport(theirs.uploadCsv(ListingImportTests.HEADER
                + "B-2,5,Active,,,,,Provo,UT,84601,,,,\n")).at("/id").asString();

        assertThat(http.get("/api/v1/listings/" + listingOfB, agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.patch("/api/v1/listings/" + listingOfB, agency.apiKey(), "{\"ListPrice\": 2}").status())
                .isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/listings/" + listingOfB, agency.apiKey()).DELETE()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/listings/imports/" + importOfB, agency.apiKey()).status()).isEqualTo(404);
        assertThat(api.search("city=Provo").at("/items")).isEmpty();
        assertThat(api.search("q=secret").at("/items")).isEmpty();
        assertThat(theirs.search("city=Provo").at("/items")).hasSize(2);
    }

    @Test
    void theJavaApiSearchesTheCurrentTenantOnly() {
        api.create(listing("J-1", 700000, "Bend", "Single Family Residence", 4, 3, "Mountain views"));
        var found = ai.seiketsu.tenancy.TenantContext.call(ai.seiketsu.shared.TenantId.of(agency.tenantId()),
                () -> listings.search(ListingQuery.active().withCity("bend")
                        .withPropertyType(PropertyCategory.SINGLE_FAMILY).withRooms(4, null)));
        assertThat(found.items()).extracting(l -> l.details().listingKey()).containsExactly("J-1");
        var outside = ai.seiketsu.tenancy.TenantContext.call(ai.seiketsu.shared.TenantId.random(),
                () -> listings.search(ListingQuery.active().withCity("bend")));
        assertThat(outside.items()).isEmpty();
    }

    private List<String> keys(String query) {
        List<String> keys = new ArrayList<>();
        api.search(query).at("/items").forEach(item -> keys.add(item.at("/ListingKey").asString()));
        return keys;
    }

    static Map<String, Object> listing(String key, int price, String city, String subType, int beds, int baths,
            String remarks) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ListingKey", key);
        fields.put("ListPrice", price);
        fields.put("PropertyType", "Residential");
        if (subType != null) {
            fields.put("PropertySubType", subType);
        }
        fields.put("BedroomsTotal", beds);
        fields.put("BathroomsTotalInteger", baths);
        fields.put("City", city);
        fields.put("StateOrProvince", "AZ");
        fields.put("PostalCode", city.equals("Phoenix") ? "85001" : "85701");
        fields.put("UnparsedAddress", "12 " + city + " Road");
        if (remarks != null) {
            fields.put("PublicRemarks", remarks);
        }
        return fields;
    }
}
