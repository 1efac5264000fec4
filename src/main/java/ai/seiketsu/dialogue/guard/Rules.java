package ai.seiketsu.dialogue.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ai.seiketsu.dialogue.guard.ClassRules.Side;
import ai.seiketsu.dialogue.guard.Concern.Kind;

import static ai.seiketsu.dialogue.guard.Vocabulary.compile;

/**
 * The two rule lists, compiled once, in the order they are tried (the first match decides): assistance animals and
 * places of worship, whose answers are specific; then people described by a protected class; then class-free
 * steering and questions about who lives somewhere; then opinions of areas and schools.
 */
final class Rules {

    static final List<Rule> FOR_CALLERS = callers();
    static final List<Rule> FOR_AGENTS = agents();

    private static final String AREA_QUALITY = "safe|unsafe|safer|safest|dangerous|good|nice|bad|decent|rough"
            + "|sketchy|shady|seedy|desirable|undesirable|better|best|worst|nicer|nicest|okay|ok";
    private static final String DANGER = "safe|unsafe|dangerous|rough|sketchy|shady|seedy";
    private static final Pattern PEOPLE_OR_PLACE = compile("{AREA}|{RESIDENTS}|{PLACE}|there|live|lives|living");

    private Rules() {
    }

    private static List<Rule> callers() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of(Kind.ASSISTANCE_ANIMAL, ProtectedClass.DISABILITY, compile("{ASSISTANCE}")));
        rules.add(placeOfWorship());
        rules.addAll(ClassRules.of(Side.CALLER));
        rules.addAll(steering());
        rules.addAll(whoLivesThere());
        rules.add(Rule.of(Kind.AREA_OPINION, null, compile(areaJudged()
                + "|is (?:it|this|that|the (?:{AREA}|{PLACE}|location|place)) (?:(?:a|an) )?(?:(?:very|really|pretty"
                + "|quite|generally|relatively) )?(?:" + DANGER + ")(?! (?:to (?:buy|invest|offer|sign|pay|wire|send"
                + "|make)|investment|bet|deal|purchase|room|choice|option))"
                + "|is (?:the|this|that) (?:{AREA}) (?:(?:very|really|pretty|quite) )?(?:good|nice|bad|decent"
                + "|desirable|undesirable|ok|okay)"
                + "|how (?:safe|dangerous|rough|good|nice|bad) is (?:it|the (?:{AREA}|{PLACE}))"
                + "|is the (?:{AREA})(?: \\w+){1,5} (?:" + DANGER + ")(?! (?:to (?:buy|invest|offer|sign|pay|wire|send"
                + "|make)|investment|bet|deal|purchase|room|choice|option))"
                + "|(?:what s|what is|whats) (?:the )?(?:{AREA}) like|(?:how s|how is) (?:the )?(?:{AREA})"
                + "|crimes?|criminals?|shootings?|break ins?|burglar(?:y|ies|ized)|robber(?:y|ies)|gangs?"
                + "|drug deal(?:ers?|ing)|violence|violent|muggings?|homeless(?:ness)?|sex offenders?"
                + "|police activity|car thefts?|vandalism")));
        rules.add(schoolOpinion());
        return List.copyOf(rules);
    }

    private static List<Rule> agents() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of(Kind.ASSISTANCE_ANIMAL, ProtectedClass.DISABILITY, compile(
                "(?:no|not allowed|don t allow|doesn t allow|do not allow|does not allow|can t have|cannot have"
                        + "|won t allow|prohibits?|bans?|including|even|includes|that includes)(?: \\w+){0,3}"
                        + " (?:{ASSISTANCE})"
                        + "|(?:{ASSISTANCE})(?: \\w+){0,3} (?:(?:not|aren t|isn t) (?:allowed|permitted|accepted"
                        + "|welcome)|prohibited|banned|restricted|(?:are|count as|counted as|treated as|considered)"
                        + " (?:as )?(?:pets?|a pet)|(?:need|needs|require|requires) (?:a )?pet (?:deposits?|fees?|rent)"
                        + "|(?:have to|must) pay)"
                        + "|(?:pet )?(?:fees?|deposits?|pet rent|charges?) (?:\\w+ ){0,4}(?:{ASSISTANCE})")));
        rules.add(placeOfWorship());
        rules.addAll(ClassRules.of(Side.AGENT));
        rules.addAll(steering());
        rules.addAll(whoLivesThere());
        rules.add(Rule.of(Kind.AREA_OPINION, null, compile(areaJudged()
                + "|(?:" + DANGER + ") and \\w+ (?:{AREA}|{PLACE})"
                + "|exclusive (?:{AREA}|{PLACE}|enclave)"
                + "|(?:{AREA}|{PLACE}) (?:is |s )?(?:(?:very|really|super|pretty|quite|extremely|incredibly|totally"
                + "|perfectly|generally) )?(?:" + DANGER + "|good|bad|nice|desirable|undesirable|sought after)"
                + "|safe (?:to walk|at night|for walking|place to (?:live|raise))"
                + "|(?:low|high|no|little|zero|minimal|lots of|a lot of|plenty of) crime|crime free"
                + "|crime (?:rate )?(?:is |s )?(?:(?:very|really) )?(?:low|high|rare|minimal|nonexistent)")));
        rules.add(schoolOpinion());
        return List.copyOf(rules);
    }

    /** "A safe neighbourhood", "a bad part of town": a judgement of the area itself. */
    private static String areaJudged() {
        return "(?:" + AREA_QUALITY + ") (?:{AREA})(?! (?:{NOT_PEOPLE}|(?:for|in) (?:a |an |the )?(?:{ROOM})))"
                + "|(?:" + DANGER + ") (?:streets?|blocks?)";
    }

    /**
     * How near a home is to a place of worship or a religious school. Only a worship word that names a place ("the
     * nearest mosque", "St. Mary's church", "churches") near a word of distance counts: "Church Street", "Falls
     * Church" and "Temple, Texas" do not.
     */
    private static Rule placeOfWorship() {
        return Rule.of(Kind.PLACE_OF_WORSHIP, ProtectedClass.RELIGION, compile(
                "(?:a|an|the|any|nearest|closest|local|our|my|your|their|some|(?:st|saint) \\w+|{FAITH})"
                        + " (?:\\w+ )?(?:{WORSHIP})(?! (?:{STREET})\\b)"
                        + "|(?:churches|mosques|synagogues|temples|chapels|cathedrals|places of worship"
                        + "|houses of worship)(?! (?:{STREET})\\b)"
                        + "|(?:{FAITH}|parochial|hebrew) (?:day )?(?:schools?|academ(?:y|ies)"
                        + "|community cent(?:er|re)s?)"
                        + "|yeshivas?|madrasas?"))
                .inContext(compile("{NEAR}"));
    }

    private static List<Rule> steering() {
        return List.of(Rule.of(Kind.STEERING, null, compile(
                "people like (?:us|me|my|our|him|her|them|myself|ourselves|you)|(?:our|my) own kind"
                        + "|(?:{RESIDENTS}|anyone|someone|others|everyone|nobody)(?: who| that)?(?: \\w+)? looks? like"
                        + " (?:us|me|my|our|you)"
                        + "|(?:our|my|your) (?:own )?(?:kind|type|sort) of (?:people|person|folks|neighbors|crowd)"
                        + "|(?:fit|fits|blend|blends) (?:right )?in"
                        + "(?= (?:there|here|with|well|ok|okay|at|socially|around)\\b|$)"
                        + "|(?:stand|stick) out|belong there"
                        + "|(?:we|i|they|you|he|she|someone|anyone|people|families|family|couple|person)"
                        + " (?:\\w+ ){0,2}(?:feel|be) (?:(?:right|more|less|very|really|so) )?(?:welcome|welcomed"
                        + "|accepted|out of place)(?! to)"
                        + "|feel (?:\\w+ )?comfortable (?:there|here|in (?:the|this|that) (?:{AREA}|{PLACE}))"
                        + "|(?:{AREA}|{PLACE}) (?:is |s |has |have |been )*(?:changing|changed|going downhill"
                        + "|gone downhill|declining|transitioning|turning over|getting (?:better|worse|rough"
                        + "|rougher|dangerous|sketchy))"
                        + "|going downhill|gone downhill|changed a lot|gentrif\\w*|white flight|up and coming"
                        + "|(?:{AREA}|{PLACE}|places|parts of town) (?:\\w+ ){0,3}(?:avoid|stay away from"
                        + "|steer clear of|keep away from)"
                        + "|wrong side of (?:the )?(?:tracks|town)|ghettos?|barrios?|slums?")));
    }

    private static List<Rule> whoLivesThere() {
        return List.of(
                Rule.of(Kind.WHO_LIVES_THERE, null, compile(
                        "(?:what|which) (?:kinds?|types?|sorts?) of (?:people|neighbors?|families|folks|residents"
                                + "|crowd|community|persons?|buyers|owners|tenants)"
                                + "|who (?:lives|live|is living|are living|resides|reside) (?:there|here|in|on"
                                + "|around|nearby|next door|near)"
                                + "|who (?:are|would be|will be|d be) (?:my|our|the) neighbors"
                                + "|what (?:are|is|s|re) (?:the )?(?:neighbors?|people|residents|folks|locals"
                                + "|crowd) like|how (?:are|is|s|re) the (?:neighbors?|locals)"
                                + "|(?:are|is) the (?:neighbors?|people|locals|residents|community) (?:\\w+ )?"
                                + "(?:friendly|unfriendly|nice|welcoming|good|bad|rude|snobby)"
                                + "|demographics?|(?:makeup|mix|composition) of (?:the )?(?:{AREA}|{PLACE}|residents"
                                + "|neighbors|people)"
                                + "|(?:racially |ethnically )?(?:integrated|segregated) (?:{AREA}|{RESIDENTS}"
                                + "|{PLACE})")),
                Rule.of(Kind.WHO_LIVES_THERE, null, compile("divers(?:e|ity)")).inContext(PEOPLE_OR_PLACE),
                // not a protected class federally, but "mostly retirees" is a way of saying "no children"
                Rule.of(Kind.WHO_LIVES_THERE, null, compile("(?:{AREA}|{RESIDENTS}) (?:are |is |s |re )?"
                        + "(?:(?:{QUANTITY}|{INTENSITY}) )?(?:{LIFE_STAGE})"
                        + "|{QUANTITY} (?:of )?(?:the )?(?:{LIFE_STAGE})"
                        + "(?= (?:\\w+ ){0,3}(?:{LIVING}|{AREA}|{PLACE})\\b|$)")));
    }

    /** A judgement of schools; naming a school, its district or its distance is a fact and stays. */
    private static Rule schoolOpinion() {
        String schools = "schools?|school districts?|school systems?|school zones?|elementary|middle schools?"
                + "|high schools?";
        return Rule.of(Kind.SCHOOL_OPINION, null, compile(
                "(?:good|great|best|better|top|top rated|highly rated|high rated|well rated|bad|poor|failing|decent"
                        + "|excellent|worst|strong|weak|quality|award winning|blue ribbon|rated|ranked|top ranked"
                        + "|highest rated|outstanding|solid|amazing|fantastic|terrible|low rated|underperforming)"
                        + " (?:\\w+ )?(?:" + schools + ")"
                        + "|(?:schools?|school districts?|school systems?)(?: there| around there| nearby"
                        + "| in the area| around here)? (?:are |is |s )?(?:any )?(?:(?:very|really|pretty|quite|so) )?"
                        + "(?:good|great|bad|decent|rated|ranked|excellent|strong|poor|top notch|the best|better)"
                        + "|how (?:good|bad|strong) (?:are|is) the (?:schools?|school district)"
                        + "|(?:how|what) (?:are|is|s|re) the (?:schools?|school districts?|school systems?) like"
                        + "|school (?:ratings?|rankings?|scores?|quality)|test scores"));
    }
}
