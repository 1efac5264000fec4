package ai.seiketsu.scheduling;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.identity.Team;
import ai.seiketsu.scheduling.internal.CalendarFeedRoutes;
import ai.seiketsu.scheduling.internal.CalendarFeedRoutes.Route;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.TenantStatus;
import ai.seiketsu.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's appointments as a feed a calendar app subscribes to. Calendar apps cannot send a bearer, so the URL
 * carries a secret token: found in {@code calendar_feed_route} (hash → tenant, member), then the feed is read
 * inside that tenant's context like any request. A suspended tenant, a deactivated member or a revoked token
 * reads as not found.
 */
@Service
public class CalendarFeeds {

    private final CalendarFeedRoutes routes;
    private final AppointmentCalendar calendar;
    private final Team team;
    private final Tenants tenants;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRoutes routes, AppointmentCalendar calendar, Team team, Tenants tenants, Clock clock) {
        this.routes = routes;
        this.calendar = calendar;
        this.team = team;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** A new secret token for the member's feed; an earlier one stops working. Shown once. */
    @Transactional
    public String issue(UUID userId) {
        requireMember(userId);
        return routes.issue(TenantContext.require(), userId);
    }

    @Transactional
    public void revoke(UUID userId) {
        requireMember(userId);
        routes.revoke(TenantContext.require(), userId);
    }

    /** The feed behind a token, empty when the token leads nowhere (any more). */
    public Optional<String> feed(String token) {
        Optional<Route> route = routes.find(token);
        if (route.isEmpty() || tenants.statusOf(route.get().tenant()).filter(s -> s == TenantStatus.ACTIVE).isEmpty()) {
            return Optional.empty();
        }
        Route found = route.get();
        return TenantContext.call(found.tenant(), () -> team.isActiveMember(found.userId())
                ? Optional.of(calendar.feed(found.userId(), clock.instant()))
                : Optional.<String>empty());
    }

    private void requireMember(UUID userId) {
        if (!team.isActiveMember(userId)) {
            throw ProblemException.notFound("User");
        }
    }
}
