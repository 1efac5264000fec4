package ai.seiketsu.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static ai.seiketsu.identity.Scope.*;

/**
 * What each staff role may do, in the same vocabulary as API-key scopes: a signed-in member gets the
 * authorities {@code ROLE_<role>} and {@code SCOPE_<scope>} for every scope of the role, so one
 * {@code @PreAuthorize("hasAuthority('SCOPE_leads:write')")} serves keys and staff alike. docs/security.md
 * shows the same matrix; rules that depend on the target (the last OWNER, who may change whose role) live in
 * the services.
 */
public final class Permissions {

    private static final Map<Role, Set<Scope>> MATRIX = Map.of(
            Role.OWNER, EnumSet.allOf(Scope.class),
            Role.ADMIN, EnumSet.allOf(Scope.class),
            Role.AGENT, EnumSet.of(USERS_READ, AGENTS_READ, LISTINGS_READ, LISTINGS_WRITE, LEADS_READ, LEADS_WRITE,
                    APPOINTMENTS_READ, APPOINTMENTS_WRITE, CONVERSATIONS_READ, CONVERSATIONS_WRITE),
            Role.VIEWER, EnumSet.of(USERS_READ, AGENTS_READ, LISTINGS_READ, LEADS_READ, APPOINTMENTS_READ,
                    CONVERSATIONS_READ));

    private Permissions() {
    }

    public static Set<Scope> of(Role role) {
        return MATRIX.get(role);
    }
}
