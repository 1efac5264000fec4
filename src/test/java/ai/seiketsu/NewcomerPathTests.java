package ai.seiketsu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts Seiketsu the way the README's run command does: no database configured, so the embedded PostgreSQL
 * comes up under the data folder; no operator token configured, so one is generated and printed once. Then a
 * second start on the same folder keeps the data and does not print a token again.
 */
@ExtendWith(OutputCaptureExtension.class)
class NewcomerPathTests {

    private static final Pattern TOKEN = Pattern.compile("(op_[A-Za-z0-9_-]{20,})");

    @TempDir
    Path workingDirectory;

    @Test
    void runsWithNoConfigurationProvisionsOverHttpAndKeepsItsDataAcrossRestarts(CapturedOutput output) {
        Path data = workingDirectory.resolve("data");
        Set<String> tempBefore = tempEntries();
        String slug = TestTenants.uniqueSlug("newcomer");
        String token;
        try (ConfigurableApplicationContext app = start(data)) {
            Matcher printed = TOKEN.matcher(output.getOut());
            assertThat(printed.find()).as("operator token printed at first start").isTrue();
            token = printed.group(1);
            Http http = new Http(port(app));
            Response created = http.post("/api/v1/tenants", token, TestTenants.json(slug));
            assertThat(created.status()).isEqualTo(201);
            assertThat(http.get("/api/v1/agents", created.json().at("/apiKey").asString()).status()).isEqualTo(200);
        }
        assertThat(data.resolve("postgres/PG_VERSION")).content().isEqualToIgnoringWhitespace("15");
        assertThat(data.resolve("operator-token.sha256")).content().doesNotContain(token);
        int printedAfterFirstStart = countTokens(output.getOut());

        try (ConfigurableApplicationContext app = start(data)) {
            Http http = new Http(port(app));
            Response tenants = http.get("/api/v1/tenants?limit=200", token);
            assertThat(tenants.status()).as("the same operator token still works").isEqualTo(200);
            assertThat(tenants.json().at("/items").findValuesAsString("slug")).contains(slug);
        }
        assertThat(countTokens(output.getOut())).as("no token printed at the second start")
                .isEqualTo(printedAfterFirstStart);
        assertThat(workingDirectory.toFile().list()).containsOnly("data");
        Set<String> tempAfter = tempEntries();
        tempAfter.removeAll(tempBefore);
        assertThat(tempAfter).as("nothing of Seiketsu's written to the temp folder")
                .noneMatch(name -> name.startsWith("tomcat") || name.contains("embedded-pg") || name.contains("jna"));
    }

    @Test
    void theProdProfileRefusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> SpringApplication.run(SeiketsuApplication.class, "--spring.profiles.active=prod",
                "--seiketsu.db.url=", "--seiketsu.data-dir=" + workingDirectory.resolve("data"),
                "--server.port=0", "--management.server.port=0"))
                .hasRootCauseMessage("The prod profile needs SEIKETSU_DB_URL (with SEIKETSU_DB_USER and "
                        + "SEIKETSU_DB_PASSWORD): the embedded PostgreSQL is a one-machine default, not a production "
                        + "database.");
        assertThat(Files.exists(workingDirectory.resolve("data/postgres"))).isFalse();
    }

    private static ConfigurableApplicationContext start(Path data) {
        // Only what a test must change: free ports and a private data folder. Variables a CI machine may have
        // set for the other tests are blanked so that this really is the zero-configuration path.
        return SpringApplication.run(SeiketsuApplication.class, "--seiketsu.data-dir=" + data,
                "--server.port=0", "--management.server.port=0", "--seiketsu.db.url=", "--seiketsu.db.user=",
                "--seiketsu.db.password=", "--seiketsu.operator-token=");
    }

    private static Set<String> tempEntries() {
        String[] names = Path.of(System.getProperty("java.io.tmpdir")).toFile().list();
        return names == null ? new HashSet<>() : new HashSet<>(Arrays.asList(names));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static int countTokens(String text) {
        Matcher matcher = TOKEN.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
