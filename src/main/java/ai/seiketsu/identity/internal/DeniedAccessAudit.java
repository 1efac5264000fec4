package ai.seiketsu.identity.internal;

import java.time.Clock;

import ai.seiketsu.identity.StaffPrincipal;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every access a known caller was denied (a key without the scope, a role without the permission) lands in the
 * audit log of the caller's tenant. Anonymous denials are not recorded one by one: they are simply 401s, and
 * recording each would let anyone fill the log.
 */
@Configuration(proxyBeanMethods = false)
class DeniedAccessAudit {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeniedAccessAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Makes Spring Security publish its authorization-denied events (it publishes none by default). */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> denied) {
        Authentication authentication = denied.getAuthentication().get();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        TenantId tenant;
        String actorType;
        String actorId;
        switch (principal) {
            case StaffPrincipal staff -> {
                tenant = staff.tenant();
                actorType = "user";
                actorId = staff.userId().toString();
            }
            case ApiKeyPrincipal key -> {
                tenant = key.tenant();
                actorType = "api_key";
                actorId = key.keyId().toString();
            }
            case String name when "operator".equals(name) -> {
                tenant = null;
                actorType = "operator";
                actorId = null;
            }
            case null, default -> {
                return;
            }
        }
        String target = null;
        String ip = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            target = "endpoint:" + request.getRequest().getMethod() + " " + request.getRequest().getRequestURI();
            ip = request.getRequest().getRemoteAddr();
        }
        events.publishEvent(new AuditRecord(tenant, "access.denied", actorType, actorId, target, Outcome.DENIED, ip,
                clock.instant()));
    }
}
