package ai.seiketsu.dialogue.guard;

import java.util.List;
import java.util.Map;

import ai.seiketsu.dialogue.guard.Concern.Kind;

/**
 * What the agent says instead, by kind of concern: short enough to speak, friendly, never repeating the words that
 * raised the concern, and pointing to facts the agent has (the listing) or public sources the caller can check
 * (the police department's crime data, the school district's reports, a map). Each kind has variants so a caller
 * who asks twice does not hear a recording; the text itself picks one, so the same text always gets the same
 * answer. The same answers serve a caller's question and a rewritten reply of the agent.
 */
final class NeutralReplies {

    static final Map<Kind, List<String>> VARIANTS = Map.of(
            Kind.WHO_LIVES_THERE, List.of(
                    "I don't describe areas by their residents, but I'm happy to share facts: the listing details,"
                            + " the exact location, and commute times.",
                    "Every neighbourhood is open to everyone, so I leave who lives where out of it. I can tell you"
                            + " about the homes themselves, and the city's public records cover the area.",
                    "That's not something I speak to. What I can give you are facts, like the price, the size, where"
                            + " the home is, and how long the commute would be."),
            Kind.STEERING, List.of(
                    "I show every area to everyone the same way, so I won't point you toward or away from a"
                            + " neighbourhood. Tell me your budget, the rooms you need and where you commute, and"
                            + " I'll find every home that fits.",
                    "Where to live is your call, and I'd rather not steer. I can search by price, size, location and"
                            + " commute time, and share the listing details.",
                    "I can't suggest areas by their residents, but I can match homes to your budget, rooms and"
                            + " commute."),
            Kind.PREFERENCE, List.of(
                    "Every home is open to everyone, so I won't say who a place suits. I can tell you the facts: the"
                            + " rooms, the size, the features and the price.",
                    "I'll let you decide what suits you. What I can share are the listing's details, like the"
                            + " layout, the size and the price."),
            Kind.AREA_OPINION, List.of(
                    "I can't judge an area for you, but the local police department publishes its crime data, and I"
                            + " can tell you exactly where a listing is.",
                    "I'd rather give you facts than opinions: crime figures come from the police department's public"
                            + " data, and I can share listing details and commute times.",
                    "Everyone weighs an area differently. The police department's public crime statistics are the"
                            + " best source, and I'm happy to give you any listing's address to look up."),
            Kind.SCHOOL_OPINION, List.of(
                    "I can't rate schools, but the school district publishes its own reports, and I can tell you"
                            + " which schools a listing mentions.",
                    "For how schools perform, the district and the state education department publish the figures."
                            + " I can share what a listing says about nearby schools."),
            Kind.PLACE_OF_WORSHIP, List.of(
                    "I only have the listing details myself, but I can give you the exact address of any home so you"
                            + " can check the distance to anything that matters to you on a map.",
                    "I don't keep information on what's near a home beyond the listing, but I'm glad to share each"
                            + " address so you can look that up on a map."),
            Kind.ASSISTANCE_ANIMAL, List.of(
                    "The pet rules don't decide that one: our team handles accommodation requests directly, and I"
                            + " can have someone call you back.",
                    "That's handled apart from any pet policy. I can ask a team member to call you and take care of"
                            + " it."));

    private NeutralReplies() {
    }

    /** One of the kind's answers, chosen by {@code text} so that the same text always gets the same one. */
    static String forKind(Kind kind, String text) {
        List<String> variants = VARIANTS.get(kind);
        return variants.get(Math.floorMod(text.hashCode(), variants.size()));
    }
}
