package ai.seiketsu.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ai.seiketsu.dialogue.guard.FairHousingGuard;
import ai.seiketsu.dialogue.guard.Screening;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fair-housing guard adds to a turn: {@code screenQuestion} on the caller's words plus {@code screenReply}
 * on the agent's reply, together, for 4,000 turns after 2,000 warm-up. Caller texts are the questions of the test
 * list (flagged and ordinary, as typed and as a recogniser writes them); replies are one to three sentences drawn
 * from facts about a home and from replies the guard rewrites, and, in a second run, eight to twelve sentences
 * (a long answer). Bar: p99 under 5 ms. Run: {@code ./mvnw verify -Pbenchmark -Dtest=FairHousingGuardBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class FairHousingGuardBenchmark {

    private static final List<String> REPLY_SENTENCES = List.of("The listing is 0.3 miles from Lincoln Elementary.",
            "It has three bedrooms and two bathrooms, with 1,850 square feet of living area.",
            "The asking price is $425,000 and the HOA fee is $120 a month.",
            "It has a wheelchair ramp and a step-free entrance.", "The primary bedroom has a walk-in closet.",
            "I can book a showing on Saturday at 10 or Sunday at 2.", "The commute to downtown is about 20 minutes.",
            "Pets are allowed, up to two.", "It's a single family home on Church Street with a two-car garage.",
            "It's a great area for young families.", "It's a very safe neighbourhood.",
            "The loft is perfect for a bachelor.", "This is a mostly Hispanic area.",
            "No pets, and that includes service animals.", "It's walking distance to St. Mary's Church.",
            "The schools there are excellent.", "You'd fit right in there.");

    private final FairHousingGuard guard = new FairHousingGuard();

    @Test
    void questionAndReplyPerTurn() throws IOException {
        List<String> questions = questions();
        Random random = new Random(11);
        int warmup = 2_000;
        int measured = 4_000;
        Percentiles typical = run(questions, random, warmup, measured, 1, 3);
        Percentiles longReplies = run(questions, random, 0, measured, 8, 12);
        String report = String.format(Locale.ROOT, """
                Fair-housing guard per turn (screenQuestion + screenReply), %d turns after %d warm-up, %d caller texts \
                (JDK %s, %d cores)
                  replies of 1-3 sentences:  %s
                  replies of 8-12 sentences: %s
                """, measured, warmup, questions.size(), Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), typical.summary(), longReplies.summary());
        Percentiles.write("fair-housing-guard", report);
        assertThat(typical.size()).isEqualTo(measured);
    }

    private Percentiles run(List<String> questions, Random random, int warmup, int measured, int minSentences,
            int maxSentences) {
        Percentiles latency = new Percentiles();
        int neutralised = 0;
        for (int turn = 0; turn < warmup + measured; turn++) {
            String question = questions.get(random.nextInt(questions.size()));
            String reply = reply(random, minSentences + random.nextInt(maxSentences - minSentences + 1));
            long begin = System.nanoTime();
            Screening asked = guard.screenQuestion(question);
            Screening answered = guard.screenReply(reply);
            long took = System.nanoTime() - begin;
            if (turn >= warmup) {
                latency.add(took);
            }
            neutralised += asked instanceof Screening.Neutralised || answered instanceof Screening.Neutralised ? 1 : 0;
        }
        assertThat(neutralised).as("turns with a concern").isPositive();
        return latency;
    }

    private static String reply(Random random, int sentences) {
        StringBuilder reply = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            reply.append(i == 0 ? "" : " ").append(REPLY_SENTENCES.get(random.nextInt(REPLY_SENTENCES.size())));
        }
        return reply.toString();
    }

    /** The test list's questions, as typed and as a recogniser writes them (lower case, no punctuation). */
    private static List<String> questions() throws IOException {
        try (InputStream in = FairHousingGuardBenchmark.class
                .getResourceAsStream("/dialogue/fair-housing-questions.txt")) {
            List<String> questions = new ArrayList<>();
            Arrays.stream(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("["))
                    .forEach(line -> {
                        questions.add(line);
                        questions.add(line.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").strip());
                    });
            return questions;
        }
    }
}
