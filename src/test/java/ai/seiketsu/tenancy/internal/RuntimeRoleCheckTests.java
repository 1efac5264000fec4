package ai.seiketsu.tenancy.internal;

import ai.seiketsu.support.TestDatabase;
import org.junit.jupiter.api.Test;
import ai.seiketsu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application refuses a runtime role that row-level security would not bind. */
@IntegrationTest
class RuntimeRoleCheckTests {

    @Test
    void acceptsTheRuntimeRoleTheMigrationsCreated() {
        assertThatCode(() -> RuntimeRoleCheck.verify(TestDatabase.get().runtimeDataSource()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesASuperuser() {
        assertThatThrownBy(() -> RuntimeRoleCheck.verify(TestDatabase.get().superuserDataSource()))
                .hasMessageContaining("can bypass row-level security")
                .hasMessageContaining("SEIKETSU_DB_APP_USER");
    }

    @Test
    void refusesTheOwnerOfTheTables() {
        assertThatThrownBy(() -> RuntimeRoleCheck.verify(TestDatabase.get().ownerDataSource()))
                .hasMessageContaining("owns tables");
    }
}
