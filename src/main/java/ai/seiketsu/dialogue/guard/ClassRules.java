package ai.seiketsu.dialogue.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ai.seiketsu.dialogue.guard.Concern.Kind;

import static ai.seiketsu.dialogue.guard.Vocabulary.compile;

/**
 * Rules that find people described by a protected class: who lives somewhere ("a mostly Hispanic area", "are there
 * many Muslims there") and whom a home or an area suits ("great for young families", "perfect for a bachelor",
 * "adults only"). The caller's and the agent's side differ in two ways: a caller may describe themselves, and may
 * ask whether a home suits "my family" or "a wheelchair user", which are questions about the home, not requests
 * to steer; the agent may not say whom a home suits at all.
 */
final class ClassRules {

    /** Whose words the rules read. */
    enum Side {
        CALLER, AGENT
    }

    private static final String FILLER = "(?:(?:young|older|elderly|other|single|american|immigrant|working"
            + "|middle class|new|local|devout|practicing) )?";
    private static final Pattern PEOPLE_OR_PLACE = compile("{AREA}|{RESIDENTS}|there|live|lives|living");

    private ClassRules() {
    }

    static List<Rule> of(Side side) {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(race(side));
        rules.addAll(colour(side));
        rules.addAll(religion(side));
        rules.addAll(nationalOrigin(side));
        rules.addAll(sex(side));
        rules.addAll(familialStatus(side));
        rules.addAll(disability(side));
        return List.copyOf(rules);
    }

    private static List<Rule> race(Side side) {
        ProtectedClass race = ProtectedClass.RACE;
        return List.of(
                suits(race, side, "(?:{RACE}|{SKIN}) (?:{RESIDENTS})|{RACE_PEOPLE}"),
                describing(race, side, "{RACE}", "{RACE_PEOPLE}"),
                describing(race, side, skinColour()),
                describing(race, side, "{QUANTITY} (?:{SKIN})(?= (?:{AFTER_PEOPLE})\\b|$)").inContext(PEOPLE_OR_PLACE),
                describing(race, side, "racial(?:ly)?|races? of|what races?"),
                describing(race, side, "race(?! (?:track|course|way|car|street|road))").inContext(PEOPLE_OR_PLACE));
    }

    /** "White", "black" and "brown" describe kitchens too: only next to people or a neighbourhood do they count. */
    private static String skinColour() {
        return "(?:{SKIN}) (?:(?:young|older|other|single) )?(?:{RESIDENTS}|{AREA})(?! (?:{NOT_PEOPLE}|{STAFF}))"
                + "|(?:{AREA}|{RESIDENTS}) (?:(?:is|are|s|re) )?(?:(?:{INTENSITY}) )?(?:{SKIN})(?= (?:there|now)\\b|$)";
    }

    private static List<Rule> colour(Side side) {
        ProtectedClass colour = ProtectedClass.COLOUR;
        return List.of(
                suits(colour, side, "{COLOUR_PEOPLE}|(?:{COLOUR}) (?:{RESIDENTS})"),
                describing(colour, side, "{COLOUR}", "{COLOUR_PEOPLE}"),
                describing(colour, side, "skin (?:color|tones?)|complexions?|(?:dark|light|darker|lighter|fair|brown"
                        + "|black|white) skin(?:ned)?"));
    }

    private static List<Rule> religion(Side side) {
        ProtectedClass religion = ProtectedClass.RELIGION;
        return List.of(
                suits(religion, side, "(?:{FAITH}) (?:{RESIDENTS})|{FAITH_PEOPLE}"),
                describing(religion, side, "{FAITH}", "{FAITH_PEOPLE}"),
                describing(religion, side, "religious (?:makeup|mix|composition|breakdown|background)"
                        + "|(?:what|which) (?:religion|faith)"),
                describing(religion, side, "religions?").inContext(PEOPLE_OR_PLACE));
    }

    private static List<Rule> nationalOrigin(Side side) {
        ProtectedClass origin = ProtectedClass.NATIONAL_ORIGIN;
        return List.of(
                suits(origin, side, "(?:{ORIGIN}) (?:{RESIDENTS})|{ORIGIN_PEOPLE}"),
                describing(origin, side, "{ORIGIN}", "{ORIGIN_PEOPLE}"),
                describing(origin, side, "(?:{RESIDENTS}|{AREA}|they|everyone|everybody|most|nobody)"
                        + " (?:\\w+ ){0,3}(?:speak|speaks|speaking) (?:{LANGUAGE})"
                        + "|(?:{LANGUAGE}) speak(?:ing|ers?) (?:\\w+ )?(?:{RESIDENTS}|{AREA}|{PLACE})"
                        + "|(?:non|limited) english|ethnic(?:ity|ities|ally)? (?:makeup|mix|composition|breakdown"
                        + "|background)|ethnicit(?:y|ies)|nationalit(?:y|ies)|(?:immigration|citizenship) status"
                        + "|where (?:are|is|do|does) (?:\\w+ ){0,3}(?:neighbors?|people|residents|folks|families"
                        + "|owners|tenants|locals) (?:\\w+ )?(?:from|come from)"));
    }

    private static List<Rule> sex(Side side) {
        ProtectedClass sex = ProtectedClass.SEX;
        return List.of(
                suits(sex, side, "{SEX_WHOM}"),
                preference(sex, "(?:{SEX}|women|woman|female|male|men) (?:friendly|only)|bachelor pads?"
                        + "|(?:ladies|girls|guys) only"),
                describing(sex, side, "{SEX}", "{SEX_PEOPLE}"),
                describing(sex, side, "(?:{SEX_AMBIGUOUS}) (?:(?:young|older|other|single) )?(?:{RESIDENTS})"
                        + "(?! (?:{STAFF}))"));
    }

    private static List<Rule> familialStatus(Side side) {
        ProtectedClass familial = ProtectedClass.FAMILIAL_STATUS;
        List<Rule> rules = new ArrayList<>();
        if (side == Side.AGENT) {
            rules.add(preference(familial, "{SUITS} {FOR_ANYONE}(?:{FAMILY_WHOM})"));
        }
        else {
            rules.add(preference(familial, "{SUITS} {FOR_A_GROUP}(?:{FAMILY_GROUP})"
                    + "(?! of (?:{NUMBER})| with (?:a |an |one |two )?(?:dogs?|cats?|pets?))"));
        }
        rules.add(preference(familial, "(?:family|kid|kids|child|children) (?:friendly|oriented|safe)"
                + "|famil(?:y|ies) (?:{AREA}|{PLACE})(?! (?:{NOT_PEOPLE}))"
                + "|(?:great|perfect|ideal|wonderful|fantastic|lovely|excellent) (?:starter )?family"
                + " (?:homes?|house)"));
        rules.add(limit(familial, side, "adults? only|(?<!active |plus |older )adults? (?:building|community|complex"
                + "|living)|no (?:kids|children|minors|bab(?:y|ies)|teens|teenagers|families)|without (?:kids"
                + "|children)|child ?free|kid ?free|childless|couples only|singles only|empty nesters?|newlyweds"));
        rules.add(describing(familial, side, "{QUANTITY} (?:(?:young|small|little|other) )?(?:{KIDS})"
                + "(?= (?:\\w+ ){0,3}(?:{LIVING}|{AREA}|{PLACE})\\b)"
                + "|(?:{KIDS}) (?:\\w+ ){0,2}(?:live|lives|living|next door)"
                + "|(?:{AREA}|{PLACE}) (?:with|without|full of) (?:\\w+ ){0,2}(?:{KIDS})"));
        return rules;
    }

    private static List<Rule> disability(Side side) {
        ProtectedClass disability = ProtectedClass.DISABILITY;
        List<Rule> rules = new ArrayList<>();
        if (side == Side.AGENT) {
            // a caller asking whether a home suits a wheelchair user asks about the home: answered from its data
            rules.add(preference(disability, "{SUITS} {FOR_ANYONE}(?:{DISABLED_WHOM})"));
        }
        rules.add(preference(disability, "no (?:wheelchairs|disabled|handicapped)|able bodied|must be able to"
                + " (?:walk|climb|use (?:the )?stairs)"));
        rules.add(describing(disability, side, "group homes?|halfway houses?|sober (?:living|homes?|houses?)"
                + "|(?:rehab|treatment|psychiatric|mental health|recovery) (?:centers?|facilit(?:y|ies)|homes?"
                + "|houses?)"));
        rules.add(describing(disability, side, "(?:{DISABLED}) (?:{RESIDENTS})(?! (?:{STAFF}))"
                + "|" + peopleLiving("{DISABLED_PEOPLE}")));
        return rules;
    }

    /**
     * Residents described by a class: the adjective before people or a place ("Jewish families", "a Hispanic
     * area"), after a quantity ("mostly Hispanic") or as what a place is ("is the neighbourhood Catholic"), and the
     * people themselves in number or where they live ("fewer immigrants", "Muslims living there").
     */
    private static Rule describing(ProtectedClass protectedClass, Side side, String adjective, String people) {
        return describing(protectedClass, side, "(?:" + adjective + ") " + FILLER
                + "(?:{RESIDENTS}|{AREA}|{PLACE})(?! (?:{NOT_PEOPLE}|{STAFF}))"
                + "|{QUANTITY} (?:" + adjective + ")(?= (?:{AFTER_PEOPLE})\\b|$)"
                + "|(?:{AREA}|{RESIDENTS}) (?:(?:is|are|s|re|seem|seems|look|looks) )?(?:(?:{INTENSITY}) )?(?:"
                + adjective + "|" + people + ")(?= (?:there|now|these days|anymore)\\b|$)"
                + "|" + peopleLiving(people)).inContext(compile(adjective + "|" + people));
    }

    private static String peopleLiving(String people) {
        return "{QUANTITY} (?:of )?(?:the )?(?:" + people + ")(?! (?:{STAFF}))"
                + "|(?:" + people + ") (?:\\w+ ){0,2}(?:{LIVING})"
                + "|(?:{AREA}|{PLACE}) (?:with|without|has|have|full of|for|of) (?:\\w+ ){0,2}(?:" + people + ")";
    }

    private static Rule describing(ProtectedClass protectedClass, Side side, String template) {
        Rule rule = Rule.of(Kind.WHO_LIVES_THERE, protectedClass, compile(template)).steeringWhenCued();
        return side == Side.CALLER ? rule.unlessSelfDescription() : rule;
    }

    /**
     * Whom a home or an area suits: "good for", "ideal for", "popular with". A caller asking whether a place is good
     * for "my kids" or "my girls" asks about the home; whether it is good for "my Asian family" asks to be steered.
     */
    private static Rule suits(ProtectedClass protectedClass, Side side, String whom) {
        String forWhom = side == Side.CALLER && protectedClass == ProtectedClass.SEX ? "{FOR_A_GROUP}" : "{FOR_ANYONE}";
        return preference(protectedClass, "{SUITS} " + forWhom + "(?:" + whom + ")").inContext(compile(whom));
    }

    private static Rule preference(ProtectedClass protectedClass, String template) {
        return Rule.of(Kind.PREFERENCE, protectedClass, compile(template));
    }

    /** A limit on who may live there; a caller saying "we have no kids" describes themselves. */
    private static Rule limit(ProtectedClass protectedClass, Side side, String template) {
        Rule rule = preference(protectedClass, template);
        return side == Side.CALLER ? rule.unlessSelfDescription() : rule;
    }
}
