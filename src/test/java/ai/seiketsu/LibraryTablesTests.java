package ai.seiketsu;

import java.time.Duration;

import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** JobRunr and the event publication registry work on the tables Flyway created for them. */
@IntegrationTest
class LibraryTablesTests {

    @Autowired
    StorageProvider jobStorage;

    @Test
    void jobRunrRunsItsBackgroundServerOnTheFlywayTables() {
        assertThat(jobStorage.getJobStats()).isNotNull();
        JdbcClient owner = JdbcClient.create(TestDatabase.get().ownerDataSource());
        await("a JobRunr background server announced itself").atMost(Duration.ofSeconds(30))
                .until(() -> owner.sql("select count(*) from jobrunr_backgroundjobservers").query(Long.class)
                        .single(), servers -> servers > 0);
    }

    @Test
    void theLibrariesDidNotCreateTablesOfTheirOwn() {
        JdbcClient owner = JdbcClient.create(TestDatabase.get().ownerDataSource());
        Long notOwnedByOwner = owner.sql("""
                select count(*) from pg_tables where schemaname = 'public' and tableowner <> current_user""")
                .query(Long.class).single();
        assertThat(notOwnedByOwner).isZero();
        assertThat(owner.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
    }
}
