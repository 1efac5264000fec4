package ai.seiketsu.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Instant;
import java.util.Locale;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Import throughput: a generated 50,000-row RESO CSV (every field the importer keeps) uploaded as the raw body;
 * rows per second from the job's start to its end (the import's {@code startedAt}/{@code finishedAt}, so JobRunr's
 * poll interval is not counted), and the heap: the JVM's maximum and the most used after a GC seen while it ran.
 * The importer streams, so it should hold with {@code -Xmx256m}: run with
 * {@code -DargLine="-XX:+EnableDynamicAgentLoading -Xshare:off -Xmx256m"}.
 */
@IntegrationTest
@Tag("benchmark")
class ListingImportBenchmark {

    private static final int ROWS = 50_000;

    @LocalServerPort
    int port;

    @Test
    void importThroughput() throws IOException, InterruptedException {
        Http http = new Http(port);
        Staff agency = Staff.newAgency(http, "import-bench");
        Path csv = generate();
        Response accepted = http.send(http.request("/api/v1/listings/imports", agency.apiKey())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)));
        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location").orElseThrow();
        AtomicLong peak = new AtomicLong();
        // polling samples the heap too: the peak in use while the import streams the file
        JsonNode state = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    peak.accumulateAndGet(usedAfterGc(), Math::max);
                    return http.get(location, agency.apiKey()).json();
                }, polled -> polled.at("/status").asString().matches("COMPLETED|FAILED"));
        assertThat(state.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(state.at("/rowsImported").asInt()).isEqualTo(ROWS);
        double seconds = Duration.between(Instant.parse(state.at("/startedAt").asString()),
                Instant.parse(state.at("/finishedAt").asString())).toMillis() / 1000.0;
        String report = String.format(Locale.ROOT, """
                Listing import of a %d-row CSV (%.1f MiB) through POST /api/v1/listings/imports (%d cores, %s)
                  %.1f s from job start to end = %.0f rows/s   (max heap %d MiB, most heap used after a GC %d MiB)
                """, ROWS, Files.size(csv) / 1048576.0, Runtime.getRuntime().availableProcessors(),
                Percentiles.database(), seconds, ROWS / seconds, Runtime.getRuntime().maxMemory() / 1048576,
                peak.get() / 1048576);
        Percentiles.write("listing-import", report);
        Files.delete(csv);
    }

    private static long usedAfterGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private static Path generate() throws IOException {
        Path file = Files.createTempFile("listings-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("ListingKey,ListingId,StandardStatus,PropertyType,PropertySubType,ListPrice,OriginalListPrice,"
                    + "BedroomsTotal,BathroomsTotalInteger,LivingArea,LotSizeSquareFeet,YearBuilt,UnparsedAddress,"
                    + "StreetNumber,StreetName,City,StateOrProvince,PostalCode,Latitude,Longitude,PublicRemarks,"
                    + "GarageSpaces,AssociationFee,PetsAllowed,DaysOnMarket,ListAgentFullName,PhotoURLs\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write(String.format(Locale.ROOT, "BENCH-%d,MLS%d,Active,Residential,SingleFamilyResidence,%d,%d,"
                        + "%d,%d,%d,%d,%d,\"%d Oak Street, Austin, TX 78701\",%d,Oak Street,Austin,TX,78701,"
                        + "30.%06d,-97.%06d,\"Renovated kitchen, two car garage and a pool; close to schools and parks. "
                        + "Listing %d.\",2,150,\"Cats OK,Dogs OK\",%d,Alex Agent,"
                        + "https://img.example/%d-1.jpg|https://img.example/%d-2.jpg\n",
                        i, i, 200_000 + i, 210_000 + i, 1 + i % 5, 1 + i % 3, 900 + i % 2000, 4000 + i % 9000,
                        1950 + i % 70, i, i, i % 1_000_000, i % 1_000_000, i, i % 200, i, i));
            }
        }
        return file;
    }
}
