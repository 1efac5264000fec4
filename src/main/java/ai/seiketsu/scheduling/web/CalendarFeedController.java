package ai.seiketsu.scheduling.web;

import java.util.UUID;

import ai.seiketsu.scheduling.CalendarFeeds;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.PublicEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Subscribable calendar feeds: staff get a secret URL for a member's appointments and paste it into their
 * calendar app. The token is a query parameter rather than a path segment, so that the feed is not a
 * resource-by-id route (it is the credential, not an id).
 */
@RestController
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** The feed's URL, shown once. */
    record FeedUrl(String url) {
    }

    @PostMapping("/api/v1/users/{id}/calendar-feed")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @ResponseStatus(HttpStatus.CREATED)
    FeedUrl issue(@PathVariable UUID id) {
        String token = feeds.issue(id);
        return new FeedUrl(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/calendar-feed.ics")
                .queryParam("token", token).toUriString());
    }

    @DeleteMapping("/api/v1/users/{id}/calendar-feed")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        feeds.revoke(id);
    }

    @GetMapping("/api/v1/calendar-feed.ics")
    @PublicEndpoint("calendar apps cannot send a bearer: the secret token in the URL is the credential")
    ResponseEntity<String> feed(@RequestParam String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> ProblemException.notFound("Calendar feed"));
        return ResponseEntity.ok().contentType(AppointmentController.TEXT_CALENDAR)
                .header("Cache-Control", "private, max-age=300").body(calendar);
    }
}
