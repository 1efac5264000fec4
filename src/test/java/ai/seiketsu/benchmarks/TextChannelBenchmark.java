package ai.seiketsu.benchmarks;

import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestTenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static ai.seiketsu.support.TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text channel under load over HTTP: {@code conversations} (default 200) text conversations at once, one
 * virtual thread each, in one agency, each opening a conversation and then typing, as fast as the answers come, a
 * buyer who qualifies (area, budget, rooms, type, timeline, financing, motivation, name, number), agrees to see the
 * first home offered, asks for a time of their own (every conversation a different half hour in the coming six days,
 * inside the owner's availability of 06:00-23:30 every day) and says goodbye: 10 messages. Measures every message's
 * round trip (the turn: caller's words, understanding, facts written to the lead, listing search, free slots,
 * booking, reply, state, all in one transaction), the turns per second of the whole run, and errors (any answer but
 * 200/201); then checks that every conversation booked its showing and ended. A warm-up agency runs 20
 * conversations first.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=TextChannelBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dconversations=50} to change the load, {@code -DthinkMs=4000} to type between messages,
 * {@code -Dtranscripts=true} to print the first conversation).
 */
@IntegrationTest
@Tag("benchmark")
class TextChannelBenchmark {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("America/New_York"); // TestTenants' time zone
    /** Half hours from 06:00 to 22:30: 34 a day, 6 days, one per conversation. */
    private static final int TIMES_PER_DAY = 34;
    /** Typing time before each message ({@code -DthinkMs}, default none: as fast as the answers come). */
    private static final long THINK_MS = Long.getLong("thinkMs", 0);
    private static final String[][] NAMES = { { "Maria", "Lopez" }, { "James", "Smith" }, { "Linda", "Johnson" },
            { "Robert", "Brown" }, { "Patricia", "Garcia" }, { "Michael", "Davis" }, { "Jennifer", "Miller" },
            { "David", "Wilson" } };

    @LocalServerPort
    int port;

    record Result(int status, long nanos, String reply, boolean ended) {
    }

    /** What one run measured. */
    static final class Run {
        final Percentiles messages = new Percentiles();
        final Percentiles opens = new Percentiles();
        final ConcurrentLinkedQueue<Long> messageNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> openNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger booked = new AtomicInteger();
        final AtomicInteger endedByAgent = new AtomicInteger();
        final Map<Integer, List<String>> transcripts = new ConcurrentHashMap<>();
        double seconds;
    }

    @Test
    void concurrentTextConversations() throws Exception {
        int conversations = Integer.getInteger("conversations", 200);
        assertThat(conversations).isLessThanOrEqualTo(6 * TIMES_PER_DAY);
        Http http = new Http(port);

        run(http, agency(http, "text-bench-warm"), Math.min(20, conversations));
        Agency measured = agency(http, "text-bench");
        Run run = run(http, measured, conversations);

        run.messageNanos.forEach(run.messages::add);
        run.openNanos.forEach(run.opens::add);
        int turns = run.messages.size();
        int appointments = http.get("/api/v1/appointments?limit=200&from=" + java.time.Instant.now().minusSeconds(
                3_600) + "&to=" + java.time.Instant.now().plus(java.time.Duration.ofDays(9)), measured.key())
                .json().at("/items").size();
        String report = String.format(Locale.ROOT, """
                Text channel over HTTP: %d concurrent conversations (one virtual thread each, %s), %d \
                messages each, one agency (JDK %d, %d cores, %s)
                  %d turns in %.1f s: %.1f turns/s
                  per turn (POST /messages round trip): %s; p95 %.3f ms
                  open (POST /conversations): %s
                  errors: %d; showings booked: %d of %d (appointments in the agency: %d); ended by the agent: %d of %d
                """, conversations, THINK_MS == 0 ? "no think time" : "think time " + THINK_MS / 2 + "-"
                        + THINK_MS * 3 / 2 + " ms", script(0).size(), Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), Percentiles.database(), turns, run.seconds, turns / run.seconds, run.messages.summary(),
                run.messages.percentile(95), run.opens.summary(), run.errors.size(), run.booked.get(), conversations,
                appointments, run.endedByAgent.get(), conversations);
        Percentiles.write("text-channel", report);
        if (Boolean.getBoolean("transcripts")) {
            System.out.println(String.join("\n", run.transcripts.get(0)) + "\n");
        }
        if (run.booked.get() < conversations) {
            run.transcripts.values().stream().filter(t -> t.stream().noneMatch(l -> l.contains("You're booked")))
                    .limit(2).forEach(t -> System.out.println(String.join("\n", t) + "\n"));
        }
        run.errors.stream().limit(10).forEach(System.out::println);
        assertThat(run.errors).isEmpty();
        assertThat(run.booked.get()).isEqualTo(conversations);
        assertThat(run.endedByAgent.get()).isEqualTo(conversations);
        assertThat(turns).isEqualTo(conversations * script(0).size());
    }

    private Run run(Http http, Agency agency, int conversations) throws InterruptedException {
        Run run = new Run();
        CountDownLatch go = new CountDownLatch(1);
        long start;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < conversations; c++) {
                int number = c;
                threads.submit(() -> {
                    try {
                        go.await();
                        converse(http, agency, number, run);
                    }
                    catch (Exception e) {
                        run.errors.add("conversation " + number + ": " + e);
                    }
                });
            }
            start = System.nanoTime();
            go.countDown();
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        return run;
    }

    private static void converse(Http http, Agency agency, int number, Run run) {
        List<String> transcript = new ArrayList<>();
        run.transcripts.put(number, transcript);
        long begin = System.nanoTime();
        Response opened = http.post("/api/v1/conversations", agency.key(),
                Http.json(Map.of("agentId", agency.agentId(), "channel", number % 2 == 0 ? "API_TEXT" : "WEB_CHAT")));
        run.openNanos.add(System.nanoTime() - begin);
        if (opened.status() != 201) {
            run.errors.add("open: " + opened.status() + " " + opened.body());
            return;
        }
        String id = opened.json().at("/id").asString();
        transcript.add("agent:  " + opened.json().at("/greeting").asString());
        List<String> script = script(number);
        for (String said : script) {
            if (THINK_MS > 0) {
                try {
                    // a person typing: between half and one and a half times the think time
                    Thread.sleep(THINK_MS / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Result result = say(http, agency.key(), id, said);
            transcript.add("caller: " + said);
            if (result.status() != 200) {
                run.errors.add("message '" + said + "': " + result.status() + " " + result.reply());
                return;
            }
            run.messageNanos.add(result.nanos());
            transcript.add("agent:  " + result.reply());
            if (result.reply().contains("You're booked")) {
                run.booked.incrementAndGet();
            }
            if (result.ended()) {
                run.endedByAgent.incrementAndGet();
            }
        }
    }

    /** The buyer of conversation {@code number}: a number and a showing time of their own. */
    static List<String> script(int number) {
        String[] name = NAMES[number % NAMES.length];
        return List.of(
                "Hi, I'm looking to buy a three bedroom, two bathroom house in Austin, up to five hundred thousand",
                "in the next couple of months",
                "we're pre-approved",
                "relocating for work",
                "my name is " + name[0] + " " + name[1],
                String.format(Locale.ROOT, "512 %03d %04d", 700 + number / 10_000, number % 10_000),
                "yes",
                "yes please, the first one",
                "could I come " + when(number) + "?",
                "no that's all, thanks");
    }

    /**
     * A different half hour in the coming six days for every conversation, by weekday ("on Tuesday at 7:30 PM"; a
     * day of the month would not do: "the 1st" is also "the first" of the times offered).
     */
    private static String when(int number) {
        LocalDate day = LocalDate.now(AGENCY_ZONE).plusDays(1 + number / TIMES_PER_DAY);
        int minutes = 6 * 60 + 30 * (number % TIMES_PER_DAY);
        int hour = minutes / 60;
        return String.format(Locale.ROOT, "on %s at %d:%02d %s",
                day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.US),
                hour > 12 ? hour - 12 : hour, minutes % 60, hour >= 12 ? "PM" : "AM");
    }

    private static Result say(Http http, String key, String id, String text) {
        long start = System.nanoTime();
        Response answered = http.send(http.request("/api/v1/conversations/" + id + "/messages", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of("text", text)))));
        long took = System.nanoTime() - start;
        if (answered.status() != 200) {
            return new Result(answered.status(), took, answered.body(), false);
        }
        JsonNode body = answered.json();
        return new Result(200, took, body.at("/reply").asString(), body.at("/ended").asBoolean());
    }

    record Agency(String key, String agentId) {
    }

    /**
     * An agency whose API budget does not limit the run, whose owner is free every day from 06:00 to 23:30, with
     * homes in and around Austin.
     */
    private static Agency agency(Http http, String stem) {
        Response created = http.post("/api/v1/tenants", OPERATOR_TOKEN, TestTenants.json(TestTenants.uniqueSlug(stem)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode provisioned = created.json();
        String key = provisioned.at("/apiKey").asString();
        String owner = provisioned.at("/owner/id").asString();
        Response limits = http.patch("/api/v1/tenants/" + provisioned.at("/tenant/id").asString(), OPERATOR_TOKEN, """
                {"limits": {"members": 10, "voiceAgents": 3, "concurrentCalls": 10, "monthlyVoiceMinutes": 1000,
                            "apiRequestsPerSecond": 1000000}}""");
        assertThat(limits.status()).as(limits.body()).isEqualTo(200);
        String week = String.join(",", Arrays.stream(DayOfWeek.values())
                .map(day -> "{\"day\":\"" + day + "\",\"start\":\"06:00\",\"end\":\"23:30\"}").toList());
        Response availability = http.send(http.request("/api/v1/users/" + owner + "/availability", key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"weekly\": [" + week + "], \"daysOff\": [], \"bufferMinutes\": 0}")));
        assertThat(availability.status()).as(availability.body()).isEqualTo(200);
        for (Map<String, Object> home : List.of(
                home("TXT-1", "1204 Maple Street", "Austin", "78704", "Single Family Residence", 485_000, 3, 2),
                home("TXT-2", "88 Oak Lane", "Austin", "78701", "Condominium", 399_000, 2, 2),
                home("TXT-3", "15 Cedar Court", "Round Rock", "78664", "Single Family Residence", 525_000, 4, 3),
                home("TXT-4", "700 Pine Road", "Cedar Park", "78613", "Townhouse", 350_000, 3, 2),
                home("TXT-5", "42 Lakeview Drive", "Austin", "78731", "Single Family Residence", 1_200_000, 5, 4),
                home("TXT-6", "9 Birch Way", "Austin", "78745", "Single Family Residence", 455_000, 3, 2))) {
            Response listing = http.post("/api/v1/listings", key, Http.json(home));
            assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        }
        return new Agency(key, provisioned.at("/voiceAgent/id").asString());
    }

    private static Map<String, Object> home(String listingKey, String address, String city, String postalCode,
            String subType, int price, int beds, int baths) {
        Map<String, Object> fields = new HashMap<>(Map.of("ListingKey", listingKey, "StandardStatus", "Active",
                "PropertyType", "Residential", "PropertySubType", subType, "ListPrice", price, "BedroomsTotal", beds,
                "BathroomsTotalInteger", baths, "UnparsedAddress", address, "City", city, "PostalCode", postalCode));
        fields.put("StateOrProvince", "TX");
        return fields;
    }
}
