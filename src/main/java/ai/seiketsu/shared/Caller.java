package ai.seiketsu.shared;

import java.time.Instant;

import ai.seiketsu.shared.AuditRecord.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting, for modules that may not see identity's principal types (agents, listings): identity names
 * every authenticated caller {@code user:<membership id>}, {@code api_key:<id>}, {@code publishable_key:<id>}
 * or {@code operator} ({@code Authentication.getName()}), and this splits that name into the audit log's actor
 * type and id. Work outside any request (jobs, start-up) is {@code system}.
 */
public record Caller(String type, @Nullable String id) {

    public static final Caller SYSTEM = new Caller("system", null);
    public static final Caller ANONYMOUS = new Caller("anonymous", null);

    /** The caller of the current request: its authentication's name, anonymous without one, system outside one. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
        }
        return ofName(authentication.getName());
    }

    /** A caller from a name stored earlier ({@link #name()}), e.g. who started an import; null is system. */
    public static Caller ofName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return SYSTEM;
        }
        int colon = name.indexOf(':');
        return colon < 0 ? new Caller(name, null) : new Caller(name.substring(0, colon), name.substring(colon + 1));
    }

    /** {@code type:id}, or the type alone when there is no id. */
    public String name() {
        return id == null ? type : type + ":" + id;
    }

    /** What this caller did to {@code target} in {@code tenant}, as the audit log records it. */
    public AuditRecord audit(TenantId tenant, String action, String target, Outcome outcome, Instant at) {
        return new AuditRecord(tenant, action, type, id, target, outcome, null, at);
    }
}
