package ai.seiketsu.identity.internal;

import java.util.UUID;

import ai.seiketsu.identity.PublishableKeyPrincipal;
import ai.seiketsu.identity.StaffPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting in the current request, as the audit log and "created by" columns record it. */
record CurrentActor(String type, @Nullable String id, @Nullable String ip) {

    static CurrentActor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        return switch (principal) {
            case StaffPrincipal staff -> new CurrentActor("user", staff.userId().toString(), ip);
            case ApiKeyPrincipal key -> new CurrentActor("api_key", key.keyId().toString(), ip);
            case PublishableKeyPrincipal website -> new CurrentActor("publishable_key", website.keyId().toString(), ip);
            case String name when "operator".equals(name) -> new CurrentActor("operator", null, ip);
            case null, default -> new CurrentActor("anonymous", null, ip);
        };
    }

    /** The acting team member's id, when a team member (not a key or the operator) is acting. */
    @Nullable UUID userId() {
        return "user".equals(type) && id != null ? UUID.fromString(id) : null;
    }
}
