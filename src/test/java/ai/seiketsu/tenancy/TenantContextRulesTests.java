package ai.seiketsu.tenancy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant reaches the database in exactly one place. These rules read the sources, since what they forbid
 * is SQL text that no type system sees.
 */
class TenantContextRulesTests {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern SETS_TENANT = Pattern.compile("set_config\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION_SET = Pattern.compile("(?i)[\"\\s;]SET\\s+(SESSION\\s+)?app\\.");

    @Test
    void onlyTheTenantAwareTransactionManagerSetsTheTenant() throws IOException {
        assertThat(filesMatching(SETS_TENANT)).containsExactly(
                MAIN.resolve("java/ai/seiketsu/tenancy/internal/TenantAwareTransactionManager.java"));
    }

    @Test
    void sessionLevelSetIsNeverUsed() throws IOException {
        assertThat(filesMatching(SESSION_SET)).isEmpty();
    }

    private static List<Path> filesMatching(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
                    .filter(file -> {
                        try {
                            return pattern.matcher(Files.readString(file)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }
}
