package ai.seiketsu.scheduling.web;

import java.util.UUID;

import ai.seiketsu.scheduling.CalendarFeeds;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.PublicEndpoint;
import ai.seiketsu.shared.SecretUrls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Subscribable calendar feeds: staff get a secret URL for a member's appointments and paste it into their calendar
 * app. Calendar apps (Google, Apple) take a plain URL and send no header, so the token is a path segment,
 * {@code /api/v1/calendar-feeds/{token}.ics}: it is the credential, not an id. Only its SHA-256 is stored, and the
 * access log leaves such URLs out ({@link SecretUrls}).
 */
@RestController
@Tag(name = "Appointments")
class CalendarFeedController {

    static final String FEEDS = "/api/v1/calendar-feeds/";

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
    @Operation(summary = "Issue (or rotate) a member's secret calendar feed URL")
    @ApiExample(response = SchedulingExamples.FEED_URL)
    FeedUrl issue(@PathVariable UUID id) {
        String token = feeds.issue(id);
        return new FeedUrl(ServletUriComponentsBuilder.fromCurrentContextPath().path(FEEDS + "{token}.ics")
                .buildAndExpand(token).toUriString());
    }

    @DeleteMapping("/api/v1/users/{id}/calendar-feed")
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a member's calendar feed URL")
    void revoke(@PathVariable UUID id) {
        feeds.revoke(id);
    }

    @GetMapping(FEEDS + "{token}.ics")
    @PublicEndpoint("calendar apps cannot send a bearer: the secret token in the URL is the credential")
    @Operation(summary = "A member's appointments as a subscribable iCalendar feed (public: the token is the credential)")
    @ApiResponse(responseCode = "200", description = "iCalendar (RFC 5545)", content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> ProblemException.notFound("Calendar feed"));
        return ResponseEntity.ok().contentType(AppointmentController.TEXT_CALENDAR)
                .header("Cache-Control", "private, max-age=300").body(calendar);
    }

    /**
     * The first form of the URL, with the token in the query string, where proxies and access logs record it. It
     * is never looked at: every such URL answers 404, so a subscription to one fails visibly and the member
     * subscribes to a new URL. Kept as a public endpoint because the alternative, a 401 with
     * {@code WWW-Authenticate}, makes some calendar apps ask for a password that does not exist.
     */
    @GetMapping("/api/v1/calendar-feed.ics")
    @PublicEndpoint("retired URL form: answers 404 to anyone without reading its token")
    @Operation(summary = "Retired feed URL form with the token in the query string: always 404")
    @ApiResponse(responseCode = "404", description = "Always")
    ResponseEntity<Void> retiredQueryForm() {
        throw new ProblemException(404, ProblemCodes.NOT_FOUND,
                "This calendar feed URL is no longer served; ask for a new one.");
    }
}
