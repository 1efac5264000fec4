package ai.seiketsu.tenancy.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Refuses to run with a runtime role that row-level security would not bind: a superuser, a role with
 * BYPASSRLS, or one that owns tables (owners are bound only by FORCE, and should not exist at runtime at all).
 */
final class RuntimeRoleCheck {

    private RuntimeRoleCheck() {
    }

    static void verify(DataSource runtime) {
        try (Connection connection = runtime.getConnection();
                var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select current_user, r.rolsuper, r.rolbypassrls,
                               (select count(*) from pg_class c
                                 where c.relowner = r.oid and c.relkind in ('r', 'p', 'v', 'm')) as owned
                          from pg_roles r where r.rolname = current_user""")) {
            rs.next();
            String role = rs.getString(1);
            if (rs.getBoolean(2) || rs.getBoolean(3)) {
                throw new IllegalStateException("The runtime database role '" + role + "' can bypass row-level "
                        + "security (it is a superuser or has BYPASSRLS). Seiketsu refuses to start: set "
                        + "SEIKETSU_DB_APP_USER to a role that is NOSUPERUSER NOBYPASSRLS.");
            }
            if (rs.getLong(4) > 0) {
                throw new IllegalStateException("The runtime database role '" + role + "' owns tables. Seiketsu "
                        + "refuses to start: the runtime role (SEIKETSU_DB_APP_USER) must not be the owner role "
                        + "(SEIKETSU_DB_USER) and must own nothing.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect as the runtime database role: " + e.getMessage(), e);
        }
    }
}
