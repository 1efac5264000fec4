package ai.seiketsu.scheduling;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Availability, free slots and appointments over HTTP, against the real database and its exclusion constraint. */
@IntegrationTest
class AppointmentApiTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York"); // the test agencies' time zone
    private static final String EVERY_DAY_NINE_TO_FIVE = """
            {"weekly": [%s], "daysOff": [], "bufferMinutes": 15}""".formatted(String.join(",",
            Arrays.stream(java.time.DayOfWeek.values())
                    .map(day -> "{\"day\":\"" + day + "\",\"start\":\"09:00\",\"end\":\"17:00\"}").toList()));

    @LocalServerPort
    int port;
    Http http;
    /** Anonymous feed fetches come from an address of their own: anonymous calls are rate limited per address. */
    Http calendarApp;
    Staff agency;
    String member;
    LocalDate day;

    @BeforeEach
    void agencyWithAnAvailableMember() throws java.net.UnknownHostException {
        http = new Http(port);
        calendarApp = new Http(port, java.net.InetAddress.getByAddress(new byte[] { 127, 3,
                (byte) java.util.concurrent.ThreadLocalRandom.current().nextInt(256),
                (byte) java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255) }));
        agency = Staff.newAgency(http, "sched");
        member = agency.ownerId();
        assertThat(putAvailability(member, agency.apiKey(), EVERY_DAY_NINE_TO_FIVE).status()).isEqualTo(200);
        day = LocalDate.now(NEW_YORK).plusDays(7);
    }

    @Test
    void availabilityIsAnsweredAsSetAndInvalidWindowsAreReportedTogether() {
        Response set = putAvailability(member, agency.apiKey(), """
                {"weekly": [{"day":"TUESDAY","start":"13:00","end":"17:00"}, {"day":"MONDAY","start":"09:00","end":"12:00"}],
                 "daysOff": ["2026-12-25"], "bufferMinutes": 10}""");
        assertThat(set.status()).isEqualTo(200);
        JsonNode read = http.get("/api/v1/users/" + member + "/availability", agency.apiKey()).json();
        assertThat(read.at("/weekly/0/day").asString()).isEqualTo("MONDAY");
        assertThat(read.at("/weekly/1/start").asString()).isEqualTo("13:00");
        assertThat(read.at("/daysOff/0").asString()).isEqualTo("2026-12-25");
        assertThat(read.at("/bufferMinutes").asInt()).isEqualTo(10);
        assertThat(read.at("/timeZone").asString()).isEqualTo("America/New_York");

        Response invalid = putAvailability(member, agency.apiKey(), """
                {"weekly": [{"day":"MONDAY","start":"9am","end":"17:00"}, {"day":"MONDAY","start":"12:00","end":"11:00"}],
                 "bufferMinutes": 500}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().at("/errors").findValuesAsString("field"))
                .containsExactly("weekly[0]", "weekly[1]", "bufferMinutes");
        assertThat(putAvailability("00000000-0000-0000-0000-000000000000", agency.apiKey(), "{}").status())
                .isEqualTo(404);
    }

    @Test
    void freeSlotsLeaveOutABookingAndItsBuffer() {
        assertThat(slotTimes()).hasSize(16).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(book(lead("Fay"), at(10, 0)).status()).isEqualTo(201);

        assertThat(slotTimes()).hasSize(13).doesNotContain(LocalTime.of(9, 30), LocalTime.of(10, 0),
                LocalTime.of(10, 30)).contains(LocalTime.of(9, 0), LocalTime.of(11, 0));
        assertThat(http.get("/api/v1/availability?from=" + iso(at(9, 0)) + "&to=" + iso(at(9, 0).plusSeconds(32 * 86400)),
                agency.apiKey()).status()).as("ranges are capped at 31 days").isEqualTo(400);
        assertThat(book(lead("Gus"), at(10, 30)).json().at("/code").asString()).as("inside the buffer")
                .isEqualTo("SLOT_TAKEN");
    }

    @Test
    void bookingAShowingMovesTheLeadToAppointmentSet() {
        String lead = lead("Hana");
        Response booked = book(lead, at(14, 0));
        assertThat(booked.status()).isEqualTo(201);
        JsonNode appointment = booked.json();
        assertThat(appointment.at("/status").asString()).isEqualTo("SCHEDULED");
        assertThat(appointment.at("/type").asString()).isEqualTo("SHOWING");
        assertThat(Instant.parse(appointment.at("/endsAt").asString())).isEqualTo(at(14, 30));
        assertThat(booked.headers().firstValue("Location")).hasValue("/api/v1/appointments/" + appointment.at("/id").asString());

        assertThat(http.get("/api/v1/leads/" + lead, agency.apiKey()).json().at("/stage").asString())
                .isEqualTo("APPOINTMENT_SET");
        assertThat(http.get("/api/v1/appointments?leadId=" + lead, agency.apiKey()).json().at("/items/0/id").asString())
                .isEqualTo(appointment.at("/id").asString());
        assertThat(http.get("/api/v1/appointments/" + appointment.at("/id").asString(), agency.apiKey()).json()
                .at("/userId").asString()).isEqualTo(member);
    }

    @Test
    void aHundredConcurrentBookingsOfOneSlotMakeExactlyOneAppointment() throws Exception {
        assertThat(http.patch("/api/v1/tenants/" + agency.tenantId(), OPERATOR_TOKEN, """
                {"limits":{"members":15,"voiceAgents":5,"concurrentCalls":20,"monthlyVoiceMinutes":5000,"apiRequestsPerSecond":1000}}""")
                .status()).isEqualTo(200);
        String lead = lead("Ivan");
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                answers.add(threads.submit(() -> book(lead, at(11, 0))));
            }
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .hasSize(99).allSatisfy(r -> assertThat(r.json().at("/code").asString()).isEqualTo("SLOT_TAKEN"));
        assertThat(http.get("/api/v1/appointments?userId=" + member, agency.apiKey()).json().at("/items").size())
                .isEqualTo(1);
    }

    @Test
    void cancellingFreesTheSlotAndClosedAppointmentsDoNotChange() {
        String id = book(lead("Jo"), at(15, 0)).json().at("/id").asString();
        assertThat(book(lead("Kim"), at(15, 0)).status()).isEqualTo(409);

        Response cancelled = http.post("/api/v1/appointments/" + id + "/cancel", agency.apiKey(), "");
        assertThat(cancelled.json().at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(slotTimes()).contains(LocalTime.of(15, 0));
        assertThat(book(lead("Kim"), at(15, 0)).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/appointments/" + id + "/cancel", agency.apiKey(), "").status()).isEqualTo(409);
        assertThat(http.post("/api/v1/appointments/" + id + "/reschedule", agency.apiKey(),
                "{\"startsAt\":\"" + at(16, 0) + "\"}").status()).isEqualTo(409);
    }

    @Test
    void rescheduleMovesAnAppointmentUnderTheSameRules() {
        String id = book(lead("Lea"), at(9, 0)).json().at("/id").asString();
        book(lead("Max"), at(13, 0));

        Response moved = reschedule(id, at(9, 30));
        assertThat(moved.status()).as("overlaps itself only").isEqualTo(200);
        assertThat(Instant.parse(moved.json().at("/endsAt").asString())).isEqualTo(at(10, 0));
        assertThat(reschedule(id, at(12, 30)).json().at("/code").asString()).isEqualTo("SLOT_TAKEN");
        assertThat(reschedule(id, at(18, 0)).status()).as("after hours").isEqualTo(400);
        assertThat(http.post("/api/v1/appointments/" + id + "/complete", agency.apiKey(), "").json().at("/status")
                .asString()).isEqualTo("COMPLETED");
        String other = book(lead("Ned"), at(16, 0)).json().at("/id").asString();
        assertThat(http.post("/api/v1/appointments/" + other + "/no-show", agency.apiKey(), "").json().at("/status")
                .asString()).isEqualTo("NO_SHOW");
    }

    @Test
    void invalidBookingsAreRefusedWithEveryReason() {
        Response missing = http.post("/api/v1/appointments", agency.apiKey(), "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors").findValuesAsString("field"))
                .containsExactly("leadId", "userId", "type", "startsAt");
        Response unknown = http.post("/api/v1/appointments", agency.apiKey(), Http.json(Map.of(
                "leadId", "00000000-0000-0000-0000-000000000000", "listingId", "00000000-0000-0000-0000-000000000000",
                "userId", member, "type", "SHOWING", "startsAt", at(10, 0).toString())));
        assertThat(unknown.json().at("/errors").findValuesAsString("field")).containsExactly("leadId", "listingId");
        assertThat(book(lead("Ola"), at(8, 30)).json().at("/errors/0/message").asString())
                .contains("outside the member's availability");
        assertThat(book(lead("Ola"), Instant.now().minusSeconds(3600)).status()).isEqualTo(400);
    }

    @Test
    void theIcsDownloadIsAValidCalendarEvent() {
        String listing = http.post("/api/v1/listings", agency.apiKey(), """
                {"ListingKey":"ICS-1","ListPrice":450000,"UnparsedAddress":"12 Oak St","City":"Austin","StateOrProvince":"TX"}""")
                .json().at("/id").asString();
        String lead = http.post("/api/v1/leads", agency.apiKey(), Http.json(Map.of("firstName",
                "Maximiliana-Josefina Alexandra Beatrix", "lastName", "von Habsburg-Lothringen; the second",
                "phone", "512 555 0177"))).json().at("/id").asString();
        String id = http.post("/api/v1/appointments", agency.apiKey(), Http.json(Map.of("leadId", lead, "listingId",
                listing, "userId", member, "type", "SHOWING", "startsAt", at(10, 0).toString()))).json().at("/id").asString();

        Response ics = http.get("/api/v1/appointments/" + id + ".ics", agency.apiKey());
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        String body = ics.body();
        assertThat(body).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
        List<String> physical = List.of(body.split("\r\n"));
        assertThat(physical).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        List<String> lines = List.of(body.replace("\r\n ", "").split("\r\n"));
        assertThat(physical.size()).as("the long description was folded").isGreaterThan(lines.size());
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);
        assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0").endsWith("END:VEVENT", "END:VCALENDAR")
                .contains("BEGIN:VEVENT", "UID:" + id + "@seiketsu", "DTSTART:" + utc.format(at(10, 0)),
                        "DTEND:" + utc.format(at(10, 30)), "SUMMARY:Showing: 12 Oak St\\, Austin\\, TX",
                        "LOCATION:12 Oak St\\, Austin\\, TX", "STATUS:CONFIRMED");
        assertThat(lines).filteredOn(line -> line.startsWith("DTSTAMP:")).singleElement().asString()
                .matches("DTSTAMP:\\d{8}T\\d{6}Z");
        assertThat(lines).filteredOn(line -> line.startsWith("DESCRIPTION:")).singleElement().asString()
                .contains("von Habsburg-Lothringen\\; the second (+15125550177)");
        assertThat(lines).anyMatch(line -> line.startsWith("PRODID:"));
    }

    @Test
    void aReadOnlyKeyMayReadButNotBookOrChange() {
        String id = book(lead("Pia"), at(12, 0)).json().at("/id").asString();
        Response key = http.post("/api/v1/api-keys", agency.accessToken(),
                Http.json(Map.of("name", "calendar reader", "scopes", List.of("appointments:read"))));
        String reader = key.json().at("/secret").asString();

        assertThat(http.get("/api/v1/appointments/" + id, reader).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/appointments/" + id + ".ics", reader).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/users/" + member + "/availability", reader).status()).isEqualTo(200);
        assertThat(book(lead("Quin"), at(16, 30), reader).status()).isEqualTo(403);
        assertThat(putAvailability(member, reader, EVERY_DAY_NINE_TO_FIVE).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/users/" + member + "/calendar-feed", reader, "").status()).isEqualTo(403);
        for (String action : List.of("cancel", "complete", "no-show", "reschedule")) {
            Response refused = http.post("/api/v1/appointments/" + id + "/" + action, reader, "{}");
            assertThat(refused.status()).as(action).isEqualTo(403);
            assertThat(refused.json().at("/code").asString()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anotherAgencysAppointmentsAndAvailabilityAreNotFound() {
        Staff other = Staff.newAgency(http, "sched-b");
        putAvailability(other.ownerId(), other.apiKey(), EVERY_DAY_NINE_TO_FIVE);
        String leadOfB = http.post("/api/v1/leads", other.apiKey(), Http.json(Map.of("firstName", "Rae"))).json()
                .at("/id").asString();
        String idOfB = book(leadOfB, at(10, 0), other.apiKey(), other.ownerId()).json().at("/id").asString();

        assertThat(http.get("/api/v1/appointments/" + idOfB, agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/appointments/" + idOfB + ".ics", agency.apiKey()).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/appointments/" + idOfB + "/cancel", agency.apiKey(), "").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/appointments", agency.apiKey()).json().at("/items").size()).isZero();
        assertThat(http.get("/api/v1/users/" + other.ownerId() + "/availability", agency.apiKey()).status())
                .isEqualTo(404);
        assertThat(book(lead("Sol"), at(10, 0), agency.apiKey(), other.ownerId()).json().at("/errors/0/field")
                .asString()).isEqualTo("userId");
        assertThat(http.get("/api/v1/appointments/" + idOfB, other.apiKey()).status()).isEqualTo(200);
    }

    @Test
    void aMembersSecretFeedUrlServesTheirCalendarUntilReplacedOrRevoked() {
        String id = book(lead("Vic"), at(11, 30)).json().at("/id").asString();
        Response issued = http.post("/api/v1/users/" + member + "/calendar-feed", agency.accessToken(), "");
        assertThat(issued.status()).isEqualTo(201);
        String feed = pathOf(issued.json().at("/url").asString());
        assertThat(feed).as("a plain URL, as calendar apps take it").matches("/api/v1/calendar-feeds/cal_[A-Za-z0-9_-]{43}\\.ics");
        assertThat(issued.json().at("/url").asString()).doesNotContain("?");

        Response calendar = calendarApp.get(feed);
        assertThat(calendar.status()).as("no bearer: the token is the credential").isEqualTo(200);
        assertThat(calendar.contentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + id + "@seiketsu\r\n");
        http.post("/api/v1/appointments/" + id + "/cancel", agency.apiKey(), "");
        assertThat(calendarApp.get(feed).body()).contains("STATUS:CANCELLED\r\n");

        String replacement = pathOf(http.post("/api/v1/users/" + member + "/calendar-feed", agency.apiKey(), "").json()
                .at("/url").asString());
        assertThat(calendarApp.get(feed).status()).as("replaced").isEqualTo(404);
        assertThat(calendarApp.get(replacement).status()).isEqualTo(200);
        assertThat(http.send(http.request("/api/v1/users/" + member + "/calendar-feed", agency.apiKey()).DELETE())
                .status()).isEqualTo(204);
        assertThat(calendarApp.get(replacement).status()).as("revoked").isEqualTo(404);
        assertThat(calendarApp.get("/api/v1/calendar-feeds/cal_guessed.ics").status()).isEqualTo(404);
    }

    @Test
    void theRetiredQueryStringFormAnswersNotFoundEvenWithALiveToken() {
        String feed = pathOf(http.post("/api/v1/users/" + member + "/calendar-feed", agency.accessToken(), "").json()
                .at("/url").asString());
        String token = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
        assertThat(calendarApp.get(feed).status()).isEqualTo(200);

        Response retired = calendarApp.get("/api/v1/calendar-feed.ics?token=" + token);
        assertThat(retired.status()).isEqualTo(404);
        assertThat(retired.isProblem()).isTrue();
        assertThat(retired.header("WWW-Authenticate")).as("no password prompt in calendar apps").isEmpty();
        assertThat(retired.body()).doesNotContain(token);
    }

    @Test
    void rotatingTheFeedTwiceAtOnceLeavesExactlyOneWorkingUrl() throws Exception {
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                answers.add(threads.submit(() -> http.post("/api/v1/users/" + member + "/calendar-feed",
                        agency.apiKey(), "")));
            }
        }
        List<Integer> working = new ArrayList<>();
        for (Future<Response> answer : answers) {
            assertThat(answer.get().status()).isEqualTo(201);
            working.add(calendarApp.get(pathOf(answer.get().json().at("/url").asString())).status());
        }
        assertThat(working).containsOnly(200, 404).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void theFeedTokenNeverReachesTheAccessLog() throws Exception {
        String feed = pathOf(http.post("/api/v1/users/" + member + "/calendar-feed", agency.accessToken(), "").json()
                .at("/url").asString());
        String token = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
        assertThat(calendarApp.get(feed).status()).isEqualTo(200);
        assertThat(calendarApp.get("/api/v1/calendar-feed.ics?token=" + token).status()).isEqualTo(404);
        String marker = "/api/v1/appointments?logged=" + java.util.UUID.randomUUID();
        http.get(marker, agency.apiKey());

        java.nio.file.Path logs = java.nio.file.Path.of("target/test-data/tomcat/logs");
        String logged = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> accessLog(logs), text -> text.contains(marker));
        assertThat(logged).as("the access log is on and records other requests").contains(marker);
        assertThat(logged).doesNotContain(token).doesNotContain(token.substring(0, 20));
    }

    private static String accessLog(java.nio.file.Path dir) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().startsWith("access_log"))
                    .toList()) {
                all.append(java.nio.file.Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private static String pathOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void theDatabaseItselfRefusesToDoubleBookAMember() throws Exception {
        String lead = lead("Uma");
        assertThat(book(lead, at(10, 0)).status()).isEqualTo(201);
        try (Connection owner = TestDatabase.get().ownerDataSource().getConnection()) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("select set_config('app.tenant_id', '" + agency.tenantId() + "', true)");
            assertThat(insertDirectly(owner, lead, at(10, 15), "CANCELLED")).as("closed ones hold no time").isNull();
            assertThat(insertDirectly(owner, lead, at(10, 30), "CONFIRMED")).as("back to back").isNull();
            assertThat(insertDirectly(owner, lead, at(10, 15), "SCHEDULED")).isEqualTo("23P01");
            owner.rollback();
        }
    }

    /** Bypasses the application's checks; answers the SQLSTATE of the failure, or null. */
    private @Nullable String insertDirectly(Connection owner, String lead, Instant start, String status) {
        try (PreparedStatement insert = owner.prepareStatement("""
                insert into appointment (tenant_id, id, lead_id, user_id, type, starts_at, ends_at, status,
                                         created_at, updated_at)
                values (?::uuid, gen_random_uuid(), ?::uuid, ?::uuid, 'SHOWING', ?, ?, ?, now(), now())""")) {
            insert.setString(1, agency.tenantId());
            insert.setString(2, lead);
            insert.setString(3, member);
            insert.setObject(4, start.atOffset(ZoneOffset.UTC));
            insert.setObject(5, start.plusSeconds(1800).atOffset(ZoneOffset.UTC));
            insert.setString(6, status);
            insert.executeUpdate();
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private List<LocalTime> slotTimes() {
        Response slots = http.get("/api/v1/availability?userId=" + member + "&type=SHOWING&from=" + iso(at(0, 0))
                + "&to=" + iso(at(0, 0).plusSeconds(86400)), agency.apiKey());
        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.json().at("/timeZone").asString()).isEqualTo("America/New_York");
        return slots.json().at("/items").valueStream()
                .map(slot -> Instant.parse(slot.at("/startsAt").asString()).atZone(NEW_YORK).toLocalTime()).toList();
    }

    private String lead(String name) {
        return http.post("/api/v1/leads", agency.apiKey(), Http.json(Map.of("firstName", name))).json().at("/id")
                .asString();
    }

    private Response book(String lead, Instant startsAt) {
        return book(lead, startsAt, agency.apiKey());
    }

    private Response book(String lead, Instant startsAt, String bearer) {
        return book(lead, startsAt, bearer, member);
    }

    private Response book(String lead, Instant startsAt, String bearer, String user) {
        return http.post("/api/v1/appointments", bearer, Http.json(Map.of("leadId", lead, "userId", user,
                "type", "SHOWING", "startsAt", startsAt.toString())));
    }

    private Response reschedule(String id, Instant startsAt) {
        return http.post("/api/v1/appointments/" + id + "/reschedule", agency.apiKey(),
                "{\"startsAt\":\"" + startsAt + "\"}");
    }

    private Response putAvailability(String user, String bearer, String json) {
        return http.send(http.request("/api/v1/users/" + user + "/availability", bearer)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Instant at(int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), NEW_YORK).toInstant();
    }

    private static String iso(Instant instant) {
        return java.net.URLEncoder.encode(instant.atZone(NEW_YORK).toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }
}
