package ai.seiketsu.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup database for one machine: PostgreSQL 15 binaries from Maven, data kept under
 * {@code <data>/postgres} between runs. Not a production database; the {@code prod} profile refuses it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    /** The major version of the bundled binaries; a data folder of another major version is refused. */
    static final String MAJOR_VERSION = "15";
    static final String DATABASE = "seiketsu";
    private static final String WORKING_DIRECTORY_PROPERTY = "ot.epg.working-dir";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir) {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        requireCompatible(pgData);
        try {
            Path runtime = dataDir.resolve("postgres-runtime").toAbsolutePath();
            Files.createDirectories(runtime);
            EmbeddedPostgres postgres = builderWorkingIn(runtime)
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL under " + pgData
                    + ". Is another Seiketsu already running with this data folder?", e);
        }
    }

    /**
     * A builder that keeps its files under {@code runtime}: zonky creates {@code <java.io.tmpdir>/embedded-pg}
     * whatever the working directory is set to, unless this system property names another folder when the builder is
     * made (it is read only then, so it is put back at once).
     */
    private static synchronized EmbeddedPostgres.Builder builderWorkingIn(Path runtime) {
        String before = System.getProperty(WORKING_DIRECTORY_PROPERTY);
        System.setProperty(WORKING_DIRECTORY_PROPERTY, runtime.toString());
        try {
            return EmbeddedPostgres.builder();
        } finally {
            if (before == null) {
                System.clearProperty(WORKING_DIRECTORY_PROPERTY);
            } else {
                System.setProperty(WORKING_DIRECTORY_PROPERTY, before);
            }
        }
    }

    /** A data folder written by another PostgreSQL major version cannot be opened by ours: say so plainly. */
    static void requireCompatible(Path pgData) {
        Path versionFile = pgData.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        try {
            String found = Files.readString(versionFile).strip();
            if (!MAJOR_VERSION.equals(found)) {
                throw new IllegalStateException("The embedded database folder " + pgData + " was created by "
                        + "PostgreSQL " + found + ", but Seiketsu bundles PostgreSQL " + MAJOR_VERSION + ". "
                        + "Move that folder away (or dump and restore it with PostgreSQL " + found + " tools), "
                        + "or point SEIKETSU_DB_URL at a PostgreSQL " + MAJOR_VERSION + " server.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        // built here: the library's own URL carries ?user=postgres, which would override the runtime role
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String ownerUser() {
        return "postgres";
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
