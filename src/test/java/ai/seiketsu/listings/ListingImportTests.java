package ai.seiketsu.listings;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.shared.TenantId;
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

/** Bulk imports of CSV and RESO JSON files, run by a background job, with a per-row error report. */
@IntegrationTest
class ListingImportTests {

    static final String HEADER = "ListingKey,ListPrice,StandardStatus,PropertyType,PropertySubType,BedroomsTotal,"
            + "BathroomsTotalInteger,City,StateOrProvince,PostalCode,UnparsedAddress,PublicRemarks,PetsAllowed,PhotoURLs\n";

    @LocalServerPort
    int port;
    @Autowired
    ImportedEvents events;
    Http http;
    Staff agency;
    ListingApi api;

    @BeforeEach
    void agency() {
        http = new Http(port);
        agency = Staff.newAgency(http, "imports");
        api = new ListingApi(http, agency.apiKey());
    }

    @Test
    void goodRowsLandAndTheReportNamesEachBadRowAndField() {
        String csv = HEADER
                + "K-1,450000,Active,Residential,SingleFamilyResidence,3,2,Austin,tx,78701,1 Main St,Big yard,\"Cats OK,Dogs OK\",https://img.example/1.jpg\n"
                + "K-2,not-a-price,Active,Residential,Condominium,2,1,Austin,TX,78702,2 Oak St,,,\n"
                + "K-3,325000,Sold-ish,Residential,Condominium,2,1,Austin,TX,78703,3 Elm St,,,\n"
                + ",100000,Active,Residential,Townhouse,2,1,Austin,TX,78704,4 Pine St,,,\n"
                + "K-5,599000,Active Under Contract,Residential,Townhouse,4,3,Round Rock,TX,78664,5 Lake Dr,Near the lake,,\n";
        Response accepted = api.uploadCsv(csv);
        assertThat(accepted.json().at("/status").asString()).isEqualTo("QUEUED");
        assertThat(accepted.header("Location").orElseThrow()).endsWith(accepted.json().at("/id").asString());

        JsonNode done = api.awaitImport(accepted);
        assertThat(done.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(done.at("/rowsTotal").asInt()).isEqualTo(5);
        assertThat(done.at("/rowsDone").asInt()).isEqualTo(5);
        assertThat(done.at("/rowsFailed").asInt()).isEqualTo(3);
        assertThat(done.at("/rowsImported").asInt()).isEqualTo(2);
        assertThat(done.at("/createdBy").asString()).startsWith("api_key:");
        JsonNode errors = done.at("/errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).at("/row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).at("/listingKey").asString()).isEqualTo("K-2");
        assertThat(errors.get(0).at("/field").asString()).isEqualTo("ListPrice");
        assertThat(errors.get(1).at("/row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).at("/field").asString()).isEqualTo("StandardStatus");
        assertThat(errors.get(2).at("/row").asInt()).isEqualTo(4);
        assertThat(errors.get(2).at("/field").asString()).isEqualTo("ListingKey");

        JsonNode active = api.search("city=Austin").at("/items");
        assertThat(active).hasSize(1);
        JsonNode first = active.get(0);
        assertThat(first.at("/ListingKey").asString()).isEqualTo("K-1");
        assertThat(first.at("/PropertySubType").asString()).isEqualTo("Single Family Residence");
        assertThat(first.at("/StateOrProvince").asString()).isEqualTo("TX");
        assertThat(first.at("/ListPrice").decimalValue()).isEqualByComparingTo("450000");
        assertThat(first.at("/PetsAllowed/1").asString()).isEqualTo("Dogs OK");
        assertThat(first.at("/PhotoURLs/0").asString()).isEqualTo("https://img.example/1.jpg");
        assertThat(api.search("status=ActiveUnderContract").at("/items/0/StandardStatus").asString())
                .isEqualTo("Active Under Contract");

        assertThat(events.of(UUID.fromString(done.at("/id").asString())))
                .containsExactly(new ListingsImported(TenantId.of(agency.tenantId()),
                        UUID.fromString(done.at("/id").asString()), 2, 3));
    }

    @Test
    void aResoWebApiJsonFileImportsWithMediaAndBothLookupSpellings() {
        String json = """
                {"@odata.context": "https://mls.example/odata/$metadata#Property",
                 "value": [
                   {"ListingKey": "J-1", "ListPrice": 2750.00, "StandardStatus": "Active",
                    "PropertyType": "ResidentialLease", "PropertySubType": "Apartment", "BedroomsTotal": 2,
                    "City": "Denver", "Latitude": 39.7392358, "Longitude": -104.990251,
                    "Media": [{"MediaURL": "https://img.example/j1-a.jpg"}, {"MediaURL": "https://img.example/j1-b.jpg"}],
                    "SomeLocalField": {"ignored": true}},
                   {"ListingKey": "J-2", "ListPrice": 810000, "StandardStatus": "ComingSoon",
                    "PropertyType": "Residential", "PropertySubType": "Single Family Residence", "City": "Denver"},
                   {"ListingKey": "J-3", "ListPrice": 1, "BedroomsTotal": 2.5}
                 ],
                 "@odata.nextLink": "https://mls.example/odata/Property?$skip=3"}""";
        JsonNode done = api.awaitImport(api.upload("application/json", json));
        assertThat(done.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(done.at("/format").asString()).isEqualTo("JSON");
        assertThat(done.at("/rowsImported").asInt()).isEqualTo(2);
        assertThat(done.at("/errors/0/field").asString()).isEqualTo("BedroomsTotal");
        assertThat(done.at("/errors/0/row").asInt()).isEqualTo(3);

        JsonNode lease = api.search("resoPropertyType=Residential%20Lease").at("/items/0");
        assertThat(lease.at("/ListingKey").asString()).isEqualTo("J-1");
        assertThat(lease.at("/PropertyType").asString()).isEqualTo("Residential Lease");
        assertThat(lease.at("/PhotoURLs/1").asString()).isEqualTo("https://img.example/j1-b.jpg");
        assertThat(lease.at("/Latitude").decimalValue()).isEqualByComparingTo("39.73923580");
        assertThat(api.search("status=Coming%20Soon").at("/items/0/ListingKey").asString()).isEqualTo("J-2");
    }

    @Test
    void reimportingUpdatesListingsByListingKeyInsteadOfDuplicatingThem() {
        api.awaitImport(api.uploadCsv(HEADER + "R-1,300000,Active,,,3,2,Boise,ID,83702,,Original,,\n"));
        String id = api.search("city=Boise").at("/items/0/id").asString();

        JsonNode again = api.awaitImport(api.uploadCsv(HEADER
                + "R-1,289000,Active,,,3,2,Boise,ID,83702,,Price reduced,,\n"
                + "R-2,410000,Active,,,4,3,Boise,ID,83702,,New,,\n"));
        assertThat(again.at("/rowsImported").asInt()).isEqualTo(2);
        JsonNode boise = api.search("city=Boise&sort=price_asc").at("/items");
        assertThat(boise).hasSize(2);
        assertThat(boise.get(0).at("/id").asString()).isEqualTo(id);
        assertThat(boise.get(0).at("/ListPrice").decimalValue()).isEqualByComparingTo("289000");
        assertThat(boise.get(0).at("/PublicRemarks").asString()).isEqualTo("Price reduced");
    }

    @Test
    void aMultipartUploadIsAcceptedLikeARawBody() {
        String boundary = "----seiketsu" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"listings.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + HEADER + "M-1,150000,Active,Land,,,,Taos,NM,87571,,Acreage,,\n"
                + "\r\n--" + boundary + "--\r\n";
        Response accepted = http.send(http.request("/api/v1/listings/imports", agency.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        JsonNode done = new ListingApi(http, agency.accessToken()).awaitImport(accepted);
        assertThat(done.at("/rowsImported").asInt()).isEqualTo(1);
        assertThat(done.at("/createdBy").asString()).isEqualTo("user:" + agency.ownerId());
        assertThat(api.search("propertyType=LAND").at("/items/0/ListingKey").asString()).isEqualTo("M-1");
    }

    @Test
    void aFileThatIsNotJsonFailsWithAReadableReason() {
        JsonNode done = api.awaitImport(api.upload("application/json", "{\"value\": [ {\"ListingKey\": \"X\", "));
        assertThat(done.at("/status").asString()).isEqualTo("FAILED");
        assertThat(done.at("/errors/0/message").asString()).startsWith("The import stopped");
        assertThat(done.at("/errors/0/message").asString()).doesNotContain("Exception");
    }

    @Test
    void otherUploadTypesAreRefused() {
        Response refused = api.upload("application/xml", "<value/>");
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.isProblem()).isTrue();
        assertThat(List.of(refused.json().at("/code").asString())).containsExactly("UNSUPPORTED_MEDIA_TYPE");
    }
}
