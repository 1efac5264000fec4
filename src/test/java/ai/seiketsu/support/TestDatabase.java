package ai.seiketsu.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database of one test run, chosen the way the application chooses: the server of {@code SEIKETSU_DB_URL}
 * when set (CI uses the local PostgreSQL), otherwise an embedded PostgreSQL 15 under {@code target/}. Either way
 * the run gets its own freshly created database, owned by a role that is NOT a superuser, so that row-level
 * security binds the owner too (FORCE) and a superuser cannot hide a missing policy.
 */
public final class TestDatabase {

    public static final String OWNER = "seiketsu_test_owner";
    public static final String OWNER_PASSWORD = "seiketsu_test_owner";
    public static final String APP_USER = "seiketsu_test_app";
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

    private static TestDatabase instance;

    private final String url;
    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String name;

    private TestDatabase() {
        String external = System.getenv("SEIKETSU_DB_URL");
        String serverUrl;
        if (external != null && !external.isBlank()) {
            serverUrl = external;
            adminUser = envOr("SEIKETSU_DB_USER", "postgres");
            adminPassword = envOr("SEIKETSU_DB_PASSWORD", "");
        } else {
            EmbeddedPostgres embedded = startEmbedded();
            serverUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
            adminUser = "postgres";
            adminPassword = "";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
        }
        name = "seiketsu_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        adminUrl = serverUrl;
        url = withDatabase(serverUrl, name);
        createDatabase();
        if (external != null && !external.isBlank()) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::dropDatabase));
        }
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = new TestDatabase();
        }
        return instance;
    }

    /** JDBC URL of this run's database. */
    public String url() {
        return url;
    }

    /** The owner role (runs migrations, owns the tables, is not a superuser). */
    public DataSource ownerDataSource() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, OWNER, OWNER_PASSWORD);
    }

    /** The runtime role, connected directly (without the application's pool). */
    public DataSource runtimeDataSource() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, APP_USER,
                java.util.Objects.requireNonNullElse(System.getenv("SEIKETSU_DB_APP_PASSWORD"), ""));
    }

    /** A superuser on this run's database: only to prove that the application refuses such a runtime role. */
    public DataSource superuserDataSource() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, adminUser, adminPassword);
    }

    static String withDatabase(String jdbcUrl, String database) {
        Matcher m = JDBC_URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Unsupported JDBC URL in SEIKETSU_DB_URL");
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    private void createDatabase() {
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                var statement = admin.createStatement()) {
            statement.execute("""
                    do $$ begin
                      if not exists (select 1 from pg_roles where rolname = '%1$s') then
                        create role %1$s login nosuperuser createrole password '%2$s';
                      end if;
                    exception when duplicate_object or unique_violation then null;
                    end $$""".formatted(OWNER, OWNER_PASSWORD));
            statement.execute("create database " + name + " owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + adminUrl
                    + " as " + adminUser + ": " + e.getMessage(), e);
        }
    }

    private void dropDatabase() {
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-postgres"))
                    .resolve(UUID.randomUUID().toString());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("data"))
                    .setOverrideWorkingDirectory(Files.createDirectories(dir.resolve("runtime")).toFile())
                    .setCleanDataDirectory(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            // the JVM is exiting anyway
        }
    }
}
