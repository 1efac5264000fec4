package ai.seiketsu.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import ai.seiketsu.tenancy.TenantContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Scopes every transaction to the tenant of {@link TenantContext}: right after the transaction begins it runs
 * {@code set_config('app.tenant_id', ?, true)}, which PostgreSQL forgets when the transaction ends (commit or
 * rollback), so a pooled connection never carries a tenant into the next borrower. Without a tenant the setting
 * is the empty string and row-level security shows no tenant row at all (fails closed).
 *
 * <p>This is the only place that sets the tenant in the database.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    static final String SET_TENANT = "select set_config('app.tenant_id', ?, true)";

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (var statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, TenantContext.current().map(Object::toString).orElse(""));
            statement.execute();
        }
    }
}
