package ai.seiketsu.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTests {

    @TempDir
    Path data;

    @Test
    void refusesADataFolderOfAnotherMajorVersionWithAClearMessage() throws IOException {
        Path pgData = Files.createDirectories(data.resolve("postgres"));
        Files.writeString(pgData.resolve("PG_VERSION"), "16\n");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("created by PostgreSQL 16")
                .hasMessageContaining("bundles PostgreSQL 15");
    }

    @Test
    void acceptsAnEmptyFolderAndOneOfItsOwnVersion() throws IOException {
        assertThatCode(() -> EmbeddedPostgresServer.requireCompatible(data.resolve("postgres")))
                .doesNotThrowAnyException();
        Path pgData = Files.createDirectories(data.resolve("postgres"));
        Files.writeString(pgData.resolve("PG_VERSION"), "15\n");
        assertThatCode(() -> EmbeddedPostgresServer.requireCompatible(pgData)).doesNotThrowAnyException();
    }
}
