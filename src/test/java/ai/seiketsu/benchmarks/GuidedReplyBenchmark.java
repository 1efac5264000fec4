package ai.seiketsu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ai.seiketsu.conversations.ConversationOutcome;
import ai.seiketsu.dialogue.guard.FairHousingGuard;
import ai.seiketsu.dialogue.guided.Conclusion;
import ai.seiketsu.dialogue.guided.DialogueState;
import ai.seiketsu.dialogue.guided.GuidedDialogue;
import ai.seiketsu.dialogue.guided.MemoryWorld;
import ai.seiketsu.listings.ListingDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the guided brain takes to answer one caller turn ({@link GuidedDialogue#answer}: understanding, the
 * fair-housing guard on the question and on every reply sentence, the state machine, the listing answers), with
 * speech excluded and the agency in memory ({@code MemoryWorld}, so no I/O): six full scripted conversations (a
 * buyer one fact at a time with a correction and listing questions, a buyer in one breath, a seller, a renter, a
 * caller with questions off the script who asks for a person, a booking moved to another day) run again and again
 * on one thread, each in a new world, each {@code answer()} timed with {@link System#nanoTime} (and with the
 * thread's CPU time, which a busy shared machine does not inflate). The agency has the eight Austin listings of the
 * dialogue tests and 300 more in 100 other cities. Every conversation must come out as scripted. Bar (the
 * guided-reply issue): p99 under 5 ms. Prints p50, p90, p99 and max per turn, overall and per conversation, then
 * p50, p95, p99 and max overall; writes them to {@code target/benchmarks/guided-reply.txt}.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=GuidedReplyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Drounds=500 -DwarmUpRounds=200 -DextraListings=300} to change the load).
 */
@Tag("benchmark")
class GuidedReplyBenchmark {

    private static final int WARM_UP_ROUNDS = Integer.getInteger("warmUpRounds", 200);
    private static final int MEASURED_ROUNDS = Integer.getInteger("rounds", 500);
    private static final int EXTRA_LISTINGS = Integer.getInteger("extraListings", 300);

    /** A caller's turns, one after the other, and how the conversation must come out. */
    private record Script(String name, List<String> turns, ConversationOutcome outcome) {
    }

    private static final List<Script> SCRIPTS = List.of(
            new Script("buyer, one fact at a time", List.of("Hi, I'm looking to buy a home", "Austin",
                    "around five hundred thousand", "three", "two", "no, I said four hundred and ninety thousand",
                    "a single family house", "in the next couple of months", "we're pre-approved",
                    "relocating for work", "Maria Lopez",
                    "five one two, eight six seven, five three one oh", "yes", "does it have a garage",
                    "what's the HOA", "yes please", "the second one", "no that's all, thanks"),
                    ConversationOutcome.APPOINTMENT_BOOKED),
            new Script("buyer, in one breath", List.of("Hi! I'm Maria Lopez, (512) 555-0142, looking to buy a "
                    + "3 bed 2 bath house in Austin around $500k, we're pre-approved and need to move next month "
                    + "because of a new job", "yes", "tell me more about it", "is there a pool",
                    "can I see it on saturday", "the second one", "thanks, bye"),
                    ConversationOutcome.APPOINTMENT_BOOKED),
            new Script("seller", List.of("I want to sell my house in Round Rock, it's a four bedroom three bath",
                    "hoping to get around six hundred thousand", "as soon as possible",
                    "we're downsizing now that the kids moved out", "Tom Baker, my number is 737 555 0199",
                    "yes that's right", "what's your commission", "sure", "the second one", "no thanks, bye"),
                    ConversationOutcome.APPOINTMENT_BOOKED),
            new Script("renter", List.of("I'm looking to rent a 2 bedroom in Round Rock under two thousand a month",
                    "one bathroom is fine", "a condo", "by the end of next month", "closer to work",
                    "Ana Kim", "seven three seven five five five oh one two three", "yes", "does it allow pets",
                    "how big is it", "no thanks", "no, bye"),
                    ConversationOutcome.QUALIFIED),
            new Script("questions, then a person", List.of("what are your office hours?",
                    "do you help first-time buyers?", "I want to buy in Cedar Park",
                    "is it a safe neighborhood for families", "what kind of people live there",
                    "who owns the agency?", "not sure", "David Patel", "512 555 0188", "yes",
                    "can I talk to a real person please"),
                    ConversationOutcome.CALLBACK_REQUESTED),
            new Script("booking moved", List.of("Hi, this is Keisha Brown, my number is 512 555 0177", "yes",
                    "I'd like to book a showing of 1204 Maple Street", "none of those work", "Sunday",
                    "the second one", "actually make it Saturday", "the first one", "no that's all"),
                    ConversationOutcome.APPOINTMENT_BOOKED));

    @Test
    void perCallerTurn() {
        List<ListingDetails> homes = homes();
        GuidedDialogue brain = new GuidedDialogue(new FairHousingGuard());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Percentiles all = new Percentiles();
        Percentiles cpu = new Percentiles();
        Map<String, Percentiles> byScript = new LinkedHashMap<>();
        SCRIPTS.forEach(script -> byScript.put(script.name(), new Percentiles()));
        Map<ConversationOutcome, Integer> outcomes = new EnumMap<>(ConversationOutcome.class);
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            boolean measured = round >= WARM_UP_ROUNDS;
            for (Script script : SCRIPTS) {
                MemoryWorld world = new MemoryWorld(homes);
                DialogueState state = new DialogueState();
                brain.greet(state, world);
                for (String said : script.turns()) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    brain.answer(state, said, world);
                    long took = System.nanoTime() - start;
                    long cpuTook = threads.getCurrentThreadCpuTime() - cpuStart;
                    if (measured) {
                        all.add(took);
                        cpu.add(cpuTook);
                        byScript.get(script.name()).add(took);
                    }
                    if (state.ended()) {
                        break;
                    }
                }
                if (!state.ended()) {
                    brain.close(state, world);
                }
                ConversationOutcome outcome = Conclusion.outcome(state);
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome != script.outcome() && wrong.size() < 10) {
                    wrong.add(script.name() + ": " + outcome);
                }
            }
        }
        StringBuilder kinds = new StringBuilder();
        byScript.forEach((name, latency) -> kinds.append(String.format(Locale.ROOT, "  %-26s %s%n", name + ":",
                latency.summary())));
        String report = String.format(Locale.ROOT, """
                Guided reply per caller turn (GuidedDialogue.answer, agency in memory, no speech or I/O), %d scripted \
                conversations x %d rounds after %d warm-up rounds, %d listings (JDK %s, %d cores)
                  all:                       %s
                %s  thread CPU time (all):     %s
                  all: p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   max %.3f ms   turns measured %d   (bar: p99 under 5 ms)
                  outcomes: %s
                """, SCRIPTS.size(), MEASURED_ROUNDS, WARM_UP_ROUNDS, homes.size(), Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), all.summary(), kinds, cpu.summary(), all.percentile(50),
                all.percentile(95), all.percentile(99), max(all), all.size(), outcomes);
        Percentiles.write("guided-reply", report);
        assertThat(wrong).as("conversations that did not come out as scripted").isEmpty();
    }

    private static double max(Percentiles latency) {
        return latency.percentile(100);
    }

    /** The dialogue tests' eight Austin listings and 300 more, three in each of 100 other cities. */
    private static List<ListingDetails> homes() {
        List<ListingDetails> homes = new ArrayList<>(MemoryWorld.AUSTIN);
        String[] types = { "Single Family Residence", "Condominium", "Townhouse" };
        for (int i = 0; i < EXTRA_LISTINGS; i++) {
            int city = i / 3;
            homes.add(MemoryWorld.home("GEN-" + i, (100 + i) + " Main Street", "Town " + city,
                    String.valueOf(79_000 + city), "Residential", types[i % 3], 250_000 + 5_000 * i, 2 + i % 4,
                    1 + i % 3, 1_000 + 10 * i, "GarageSpaces", i % 3, "PublicRemarks",
                    "A bright home with a patio. Close to shops."));
        }
        return homes;
    }
}
