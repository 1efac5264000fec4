package ai.seiketsu.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database: which server (external or embedded), migrations as the owner role, and the runtime pool as the
 * runtime role, checked before anything may use it. Migrating inside the DataSource factory means no bean can
 * ever see an unmigrated database or a missing runtime role.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties, Environment environment) {
        if (properties.external()) {
            return new DatabaseServer(properties.url(), nonNull(properties.user()), nonNull(properties.password()),
                    null);
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The prod profile needs SEIKETSU_DB_URL (with SEIKETSU_DB_USER and "
                    + "SEIKETSU_DB_PASSWORD): the embedded PostgreSQL is a one-machine default, not a production "
                    + "database.");
        }
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(properties.dataDir());
        log.info("Using the embedded PostgreSQL {} under {}", EmbeddedPostgresServer.MAJOR_VERSION,
                properties.dataDir().resolve("postgres"));
        return new DatabaseServer(embedded.jdbcUrl(), embedded.ownerUser(), "", embedded);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
        migrate(server, properties);
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("seiketsu-runtime");
        pool.setJdbcUrl(server.url());
        pool.setUsername(properties.appUser());
        pool.setPassword(nonNull(properties.appPassword()));
        pool.setMaximumPoolSize(properties.poolSize());
        pool.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        pool.addDataSourceProperty("ApplicationName", "seiketsu");
        RuntimeRoleCheck.verify(pool);
        return pool;
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }

    /** Microsecond ticks: PostgreSQL keeps microseconds, so what we write is exactly what we read back. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    private static void migrate(DatabaseServer server, DatabaseProperties properties) {
        DataSource owner = server.ownerDataSource();
        Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_user", properties.appUser()))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (properties.appPassword() != null && !properties.appPassword().isEmpty()) {
            setRuntimePassword(owner, properties.appUser(), properties.appPassword());
        }
    }

    /** pgJDBC hashes the password (SCRAM) on the client, so it never appears in a statement or server log. */
    private static void setRuntimePassword(DataSource owner, String role, String password) {
        try (Connection connection = owner.getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the runtime role " + role, e);
        }
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The server in use, and the embedded one to stop with the application, if any. */
    record DatabaseServer(String url, String ownerUser, String ownerPassword, @Nullable EmbeddedPostgresServer embedded)
            implements AutoCloseable {

        DataSource ownerDataSource() {
            return new SimpleDriverDataSource(new org.postgresql.Driver(), url, ownerUser, ownerPassword);
        }

        @Override
        public void close() throws Exception {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
