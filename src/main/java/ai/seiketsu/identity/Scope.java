package ai.seiketsu.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What an {@code sk_} API key may do (product.md, "Interfaces"). Checked as authority {@code SCOPE_<value>}. */
public enum Scope {

    USERS_READ("users:read"), USERS_WRITE("users:write"),
    AGENTS_READ("agents:read"), AGENTS_WRITE("agents:write"),
    LISTINGS_READ("listings:read"), LISTINGS_WRITE("listings:write"),
    LEADS_READ("leads:read"), LEADS_WRITE("leads:write"),
    APPOINTMENTS_READ("appointments:read"), APPOINTMENTS_WRITE("appointments:write"),
    CONVERSATIONS_READ("conversations:read"), CONVERSATIONS_WRITE("conversations:write"),
    WEBHOOKS_MANAGE("webhooks:manage"),
    AUDIT_READ("audit:read");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Set<Scope> all() {
        return EnumSet.allOf(Scope.class);
    }

    public static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
