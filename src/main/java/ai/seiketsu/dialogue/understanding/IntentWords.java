package ai.seiketsu.dialogue.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the caller asks for, from the phrases that say it. An utterance may ask for several things ("I want to sell
 * my house and buy a bigger one"); they are listed in the order said. A phrase after a negation ("I'm not looking
 * to buy") does not count, except where the negation is the phrase itself ("don't call me again").
 *
 * <p>"rental property", "rent it out" and "cash flow" are investing, not renting; "currently renting" is where the
 * caller lives now, not what they want.
 */
final class IntentWords {

    private static final String OBJECT = "(?:it|them|that|this|the \\w+|that one|this one|that \\w+|this \\w+)";
    private static final Map<CallerIntent, Phrases> PHRASES = new EnumMap<>(Map.of(
            CallerIntent.BUY, Phrases.of("buy(?:ing)?", "purchas(?:e|ing)", "(?:first|1st) time (?:home )?buyers?",
                    "home ?buyers?", "in the market for", "(?:own|owning) (?:a|my own|our own) (?:home|house|place)"),
            CallerIntent.SELL, Phrases.of("sell(?:ing)?", "list(?:ing)? (?:my|our) (?:house|home|property|place|condo"
                    + "|townhouse)", "put (?:my|our) (?:house|home|place|property) (?:up )?(?:on the market|for sale)",
                    "what(?:'s| is) my (?:house|home|property|place) worth",
                    "(?:home|house|property) (?:value|valuation|appraisal)"),
            CallerIntent.RENT, Phrases.of("(?<!currently |i'm |we're |i am |we are )rent(?:ing)?"
                    + "(?! (?:now|right now|currently|it out|them out))",
                    "rentals?(?! (?:propert(?:y|ies)|income|units?))", "(?:to|for) lease", "leasing",
                    "lease (?:an?|one)", "apartment for rent"),
            CallerIntent.INVEST, Phrases.of("invest(?:ing|ment|ments|or|ors)?",
                    "rental (?:propert(?:y|ies)|income|units?)",
                    "rent (?:it|them|the \\w+|units) out", "income propert(?:y|ies)", "cash ?flow(?:ing)?",
                    "fix and flip", "flip(?:ping)?", "airbnb", "short term rentals?", "cap rate", "buy and hold",
                    "return on investment"),
            CallerIntent.LISTING_QUESTION, Phrases.of(
                    "(?:is|are) " + OBJECT + " still (?:available|on the market|for sale)",
                    "still (?:available|on the market|for sale)",
                    "how much (?:is|are|does|for|would) (?:it|that|this|the|they)",
                    "what(?:'s| is| are) the (?:price|asking price|asking|hoa|hoa fees?|taxes|property taxes"
                            + "|square footage|lot size|school district|schools?|year built)",
                    "(?:does|do|did) " + OBJECT + " (?:have|has|come with|include|allow)",
                    "(?:is|are) there (?:an? |any )?(?:garage|pool|yard|basement|hoa|fireplace|parking|view|patio"
                            + "|deck|balcony|laundry|washer|dryer|elevator|gym|backyard)",
                    "(?:are|is) (?:pets|dogs|cats) (?:allowed|ok|okay|welcome)", "pet friendly",
                    "allows? (?:pets|dogs|cats)", "tell me (?:more )?about (?:it|that|this|the|your)",
                    "(?:more )?(?:information|info|details) (?:on|about)",
                    "the (?:house|home|property|listing|condo|townhouse|townhome|apartment|place|one) (?:on|at) \\w+",
                    "(?:saw|seen) (?:a|the|your|that|this) (?:listing|ad|sign|house|home|property|condo)",
                    "how (?:big|old|large) is " + OBJECT, "how many (?:bedrooms|bathrooms|beds|baths|square feet"
                            + "|rooms|stories) (?:does|is|are|do|has)",
                    "when was " + OBJECT + " built", "what year was", "(?:what|which) schools?", "school district",
                    "(?:your|that|this|the) listings?", "(?:list|asking) price", "listed at"),
            CallerIntent.SCHEDULE, Phrases.of("schedul(?:e|ing)",
                    "book(?:ing)? (?:a |an )?(?:showing|tour|visit|viewing|appointment|time)",
                    "set up (?:a |an )?(?:showing|tour|visit|viewing|appointment|time|meeting)", "showings?",
                    "tour(?:ing)?", "(?:see|view|visit|look at|check out) (?:it|them|the (?:house|home|property|place"
                            + "|condo|townhouse|apartment|inside|unit)|that (?:one|house|home|place)"
                            + "|this (?:one|house|home|place)|it in person)",
                    "come (?:see|look|by|out|over)", "take a look", "viewing", "walk ?through", "open house",
                    "appointment", "meet (?:with )?(?:an? |the |your )?(?:agent|realtor|you)",
                    "(?:are you|is (?:anyone|someone)) available"),
            CallerIntent.HUMAN, Phrases.of("(?:talk|speak|chat) (?:to|with) (?:a |an |the |some |your |one of your )?"
                    + "(?:real |live |actual )?(?:real estate )?(?:person|human|agent|agents|someone|somebody"
                    + "|representative|rep|realtor|broker|manager|operator|people|staff|team member)",
                    "(?:real|live|actual) (?:person|human)", "human being", "representative", "operator",
                    "transfer me", "connect me (?:to|with)", "put me through",
                    "(?:get|give) me (?:a |an )?(?:person|human|agent|realtor)"),
            CallerIntent.STOP_CALLING, Phrases.of("stop (?:calling|contacting|texting|bothering)",
                    "quit calling", "(?:don't|do not|never) (?:call|contact|text) (?:me|us|this number)",
                    "do not call", "(?:remove|take) (?:me|my number|us) (?:off|from)",
                    "off (?:your|the) (?:list|call list|calling list)", "unsubscribe", "lose my number",
                    "no more calls", "stop the calls"),
            CallerIntent.GOODBYE, Phrases.of("bye(?: bye)?", "good ?bye",
                    "have an? (?:good|great|nice|wonderful) (?:day|one|night|evening|weekend|afternoon)",
                    "talk (?:to you )?later", "(?:gotta|got to|have to|need to) go", "i'll let you go",
                    "that(?:'s| is|'ll be| will be) (?:all|it)(?: for now)?", "nothing else", "hang(?:ing)? up",
                    "see (?:you|ya)(?: later)?", "take care", "good night", "so long", "catch you later")));
    private static final Set<CallerIntent> UNNEGATED = Set.of(CallerIntent.STOP_CALLING,
            CallerIntent.LISTING_QUESTION);
    private static final Set<String> NEGATIONS = Set.of("not", "don't", "never", "isn't", "aren't", "won't",
            "wouldn't", "didn't", "doesn't");
    private static final int NEGATION_REACH = 3;

    private IntentWords() {
    }

    static List<CallerIntent> find(Utterance utterance) {
        List<Found<CallerIntent>> found = new ArrayList<>();
        PHRASES.forEach((intent, phrases) -> {
            for (Found<String> match : phrases.all(utterance)) {
                if (UNNEGATED.contains(intent) || !negated(utterance, match.start())) {
                    found.add(new Found<>(intent, match.start(), match.end()));
                }
            }
        });
        dropRentingInsideInvesting(found);
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::value).distinct().toList();
    }

    /** Whether a negation comes shortly before, in the same clause ("not interested, goodbye" is a goodbye). */
    private static boolean negated(Utterance utterance, int start) {
        boolean negated = false;
        for (int k = Math.max(0, start - NEGATION_REACH); k < start; k++) {
            String word = utterance.word(k);
            boolean unsure = word.equals("not") && (utterance.word(k + 1).equals("sure")
                    || utterance.word(k + 1).equals("only"));
            negated |= NEGATIONS.contains(word) && !unsure;
            negated &= !utterance.breakAfter(k);
        }
        return negated;
    }

    /** "rental property" is found as renting and as investing; it is investing. */
    private static void dropRentingInsideInvesting(List<Found<CallerIntent>> found) {
        found.removeIf(rent -> rent.value() == CallerIntent.RENT && found.stream()
                .anyMatch(invest -> invest.value() == CallerIntent.INVEST && invest.start() <= rent.start()
                        && rent.end() <= invest.end()));
    }
}
