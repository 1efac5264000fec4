package ai.seiketsu.benchmarks;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ai.seiketsu.dialogue.understanding.Context;
import ai.seiketsu.dialogue.understanding.Gazetteer;
import ai.seiketsu.dialogue.understanding.Place;
import ai.seiketsu.dialogue.understanding.Slot;
import ai.seiketsu.dialogue.understanding.Understanding;
import ai.seiketsu.dialogue.understanding.Understood;
import ai.seiketsu.leads.Intent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What understanding one caller utterance costs ({@link Understanding#understand}: every parser, one thread), over
 * a few thousand realistic utterances generated from a fixed seed: recogniser-style (lower case, numbers as words)
 * and typed chat, short answers and long ones that carry many facts, read with a gazetteer of 300 places. Bar
 * (from the guided-reply issue, whose whole reply must take under 5 ms at p99): well under 1 ms at p99. Prints p50,
 * p90, p99 and max per utterance, overall and per kind; writes them to {@code target/benchmarks/understanding.txt}.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=UnderstandingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class UnderstandingBenchmark {

    private static final int UTTERANCES = 4_000;
    private static final int WARM_UP_PASSES = 5;
    private static final int MEASURED_PASSES = 5;
    private static final List<String> FIRST = List.of("maria", "john", "ana", "david", "keisha", "wei", "priya",
            "carlos", "emily", "omar");
    private static final List<String> LAST = List.of("lopez", "smith", "nguyen", "patel", "johnson", "garcia",
            "kim", "brown", "okafor", "rossi");
    private static final List<String> SPOKEN_AMOUNTS = List.of("five hundred thousand", "four fifty",
            "half a million", "one point two million", "between four and five hundred", "three hundred and fifty "
                    + "thousand", "about six hundred k", "twenty two hundred a month", "fifteen hundred a month");
    private static final List<String> TYPED_AMOUNTS = List.of("$500k", "$450,000", "1.2M", "$400-450k",
            "$2,200/mo", "under $600K", "between $350k and $400k");
    private static final List<String> TIMES = List.of("saturday at two", "tomorrow morning",
            "next tuesday afternoon", "the fourteenth at ten thirty", "this weekend", "friday at 4pm",
            "sunday around eleven");
    private static final List<String> TIMELINES = List.of("as soon as possible", "next month", "in the spring",
            "in about three months", "next year", "by june", "no rush");

    @Test
    void perUtterance() {
        Random random = new Random(7);
        Gazetteer places = gazetteer();
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneId.of("America/Chicago"));
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < UTTERANCES; i++) {
            samples.add(sample(random, now, places));
        }
        Percentiles all = new Percentiles();
        Percentiles spoken = new Percentiles();
        Percentiles typed = new Percentiles();
        Percentiles longOnes = new Percentiles();
        int facts = 0;
        for (int pass = 0; pass < WARM_UP_PASSES + MEASURED_PASSES; pass++) {
            for (Sample sample : samples) {
                long start = System.nanoTime();
                Understood understood = Understanding.understand(sample.text(), sample.context());
                long took = System.nanoTime() - start;
                if (pass >= WARM_UP_PASSES) {
                    all.add(took);
                    (sample.typed() ? typed : spoken).add(took);
                    if (sample.text().split(" ").length >= 25) {
                        longOnes.add(took);
                    }
                    facts += found(understood);
                }
            }
        }
        String report = String.format(Locale.ROOT, """
                Understanding one utterance (Understanding.understand), %d utterances x %d passes after %d warm-up \
                passes, %d places (JDK %s, %d cores)
                  all:              %s
                  recogniser-style: %s
                  typed chat:       %s
                  25 words or more: %s
                  facts found per utterance: %.1f
                """, UTTERANCES, MEASURED_PASSES, WARM_UP_PASSES, 300, Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), all.summary(), spoken.summary(), typed.summary(),
                longOnes.summary(), facts / (double) all.size());
        Percentiles.write("understanding", report);
        assertThat(facts).isGreaterThan(all.size());
    }

    private record Sample(String text, Context context, boolean typed) {
    }

    private static Sample sample(Random random, ZonedDateTime now, Gazetteer places) {
        Context context = Context.at(now, places);
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        String place = "neighbourhood " + random.nextInt(100);
        String city = "city " + random.nextInt(100);
        String zip = "seven eight " + pick(random, List.of("seven oh one", "six six zero", "seven four one"));
        return switch (random.nextInt(14)) {
            case 0 -> new Sample("hi this is " + first + " " + last + " i'm looking to buy a " + (2 + random.nextInt(4))
                    + " bedroom house in " + place, context, false);
            case 1 -> new Sample("my budget is " + pick(random, SPOKEN_AMOUNTS), context, false);
            case 2 -> new Sample(pick(random, SPOKEN_AMOUNTS), context.asking(Slot.BUDGET), false);
            case 3 -> new Sample("can i come see it " + pick(random, TIMES), context, false);
            case 4 -> new Sample("my number is five one two five five five oh " + pick(random, List.of("one four "
                    + "two", "double seven one", "nine nine eight")), context, false);
            case 5 -> new Sample("it's " + first + " dot " + last + " at gmail dot com", context, false);
            case 6 -> new Sample("yeah that's right", context, false);
            case 7 -> new Sample("no i said " + pick(random, SPOKEN_AMOUNTS), context.asking(Slot.BUDGET), false);
            case 8 -> new Sample("we're relocating for work and need to move " + pick(random, TIMELINES)
                    + " we're pre approved and looking at three bed two bath in " + city + " or " + zip
                    + " somewhere around " + pick(random, SPOKEN_AMOUNTS) + " can we see something "
                    + pick(random, TIMES), context, false);
            case 9 -> new Sample("is the house on maple street still available does it have a garage", context,
                    false);
            case 10 -> new Sample("i'd like to talk to a real person please", context, false);
            case 11 -> new Sample("Hi! Looking for a 3bd/2ba condo in " + capitalised(city) + ", "
                    + pick(random, TYPED_AMOUNTS) + ", pre-approved. Could I see something Sat at 2pm? I'm "
                    + capitalised(first) + ", (512) 555-0142, " + first + "." + last + "@example.com", context,
                    true);
            case 12 -> new Sample("Budget " + pick(random, TYPED_AMOUNTS) + ", " + (1 + random.nextInt(5))
                    + "+ beds", context.withIntent(Intent.BUY), true);
            default -> new Sample("thanks so much bye", context, false);
        };
    }

    private static Gazetteer gazetteer() {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            places.add(Place.city("City " + i));
            places.add(Place.neighbourhood("Neighbourhood " + i));
            places.add(Place.postalCode(String.valueOf(78_600 + i * 3)));
        }
        places.add(Place.postalCode("78701"));
        return Gazetteer.of(places);
    }

    private static int found(Understood understood) {
        int facts = understood.intents().size() + understood.places().size();
        for (Object fact : new Object[] { understood.answer(), understood.budget(), understood.bedroomsMin(),
                understood.bathroomsMin(), understood.propertyType(), understood.timeline(), understood.financing(),
                understood.motivation(), understood.name(), understood.phone(), understood.email(),
                understood.when() }) {
            facts += fact == null ? 0 : 1;
        }
        return facts;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
