package ai.seiketsu.dialogue.guard;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the rules are made of, as regular-expression alternatives over normalised text, and {@link #compile}
 * which expands {@code {NAME}} references in a rule template and adds word boundaries. Keeping the word lists
 * here, by name, lets a rule read as a sentence: {@code "{QUANTITY} {RACE_PEOPLE}"}.
 */
final class Vocabulary {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // where people live
            Map.entry("AREA", "neighborhoods?|areas?|parts? of (?:town|the city)|sides? of (?:town|the city)"
                    + "|communit(?:y|ies)|districts?|suburbs?|zip codes?|towns?|vicinity|enclaves?"),
            Map.entry("PLACE", "streets?|blocks?|buildings?|complex(?:es)?|subdivisions?|developments?"),
            // facilities named after "community" or "area" that say nothing about the people there
            Map.entry("NOT_PEOPLE", "pool|center|centre|garden|gardens|room|college|park|clubhouse|gym|amenities"
                    + "|association|events?|hall|space|manager|rules|rug|rugs|code|map|plan"),
            // "a good area for a home office": an area of the house
            Map.entry("ROOM", "home office|office|desk|garden|workshop|house|home|yard|backyard|garage|kitchen"
                    + "|basement|living room|bedroom"),
            Map.entry("RESIDENTS", "people|persons?|folks|famil(?:y|ies)|households?|residents?|neighbors?"
                    + "|population|crowd|tenants?|owners?|buyers?|renters?|couples?|kids|children|men|women|guys"
                    + "|ladies|girls|boys|communit(?:y|ies)|locals"),
            Map.entry("QUANTITY", "mostly(?: all)?|mainly|(?:the )?majority(?: of)?|predominantly|primarily"
                    + "|largely|heavily|overwhelmingly|(?:almost |nearly )?all|lots of|a lot of|plenty of|many"
                    + "|much|fewer|less|fewest|least|most|any|no|full of|percentage of|how many|number of"
                    + "|too many|other|bunch of|tons of|only|some|few|hardly any|not many"),
            Map.entry("INTENSITY", "very|really|pretty|quite|too|mostly|mainly|predominantly|largely|all"
                    + "|primarily|heavily|overwhelmingly|super|so|more|less"),
            // where someone lives: "there", "next door", "in the area"
            Map.entry("LIVING", "live|lives|living|there|around here|around there|nearby|next door|moving in"
                    + "|moved in|in (?:the|this|that|my|our) (?:{AREA}|{PLACE})|on (?:the|this|that) (?:street|block)"),
            // what may follow "mostly Hispanic" when it describes people rather than, say, restaurants
            Map.entry("AFTER_PEOPLE", "{RESIDENTS}|{AREA}|{PLACE}|there|in|around|nearby|living|live|lives|who"
                    + "|here|now|these days|anymore"),
            // a plural that is not about residents: "any women agents", "Spanish-speaking staff"
            Map.entry("STAFF", "agents?|realtors?|brokers?|staff|workers|contractors|inspectors|lenders?"
                    + "|on (?:your|the) team|at (?:your|the) office"),
            Map.entry("SUITS", "(?:good|great|ideal|perfect|suitable|suited|safe|safer|safest|right|best|better"
                    + "|fine|ok|okay|nice|friendly|welcoming|bad|unsuitable|appropriate|wonderful|fantastic"
                    + "|excellent|comfortable|made|designed|meant|geared|tailored|fit|not|unsafe|dangerous)"
                    + "(?: (?:{AREA}|{PLACE}|places?|homes?|house|spot|choice|option|match|one|location))?"
                    + " (?:for|to raise|among)|popular (?:with|among)|appeals? to|attracts?|draws|loved by"
                    + "|favou?red by|a hit with|a favou?rite (?:with|among)"),
            // whom a home is said to suit: anyone, in the agent's words ("perfect for your family")
            Map.entry("FOR_ANYONE", "(?:(?:a|an|my|our|your|young|small|growing|new|single|older|other|the"
                    + "|working|busy|large|big) )*"),
            // whom a caller asks about: a group, not the caller's own ("good for my kids" is not steering)
            Map.entry("FOR_A_GROUP", "(?:(?:a|an|young|small|growing|new|single|older|other|working|busy|large"
                    + "|big) )*"),

            // race and colour
            Map.entry("RACE", "asian|african american|caucasian|native american|american indian|pacific islander"
                    + "|biracial|mixed race|interracial|minority"),
            Map.entry("SKIN", "white|black|brown"),
            Map.entry("RACE_PEOPLE", "asians|african americans|caucasians|native americans|minorities|whites"
                    + "|blacks"),
            Map.entry("COLOUR", "colored|(?:dark|light|darker|lighter|fair) skinned"),
            Map.entry("COLOUR_PEOPLE", "(?:people|persons|folks|men|women|families) of color"),

            // religion
            Map.entry("FAITH", "christian|catholic|protestant|evangelical|baptist|methodist|lutheran|pentecostal"
                    + "|mormon|lds|jewish|hasidic|muslim|islamic|hindu|sikh|buddhist|atheist|religious|secular"
                    + "|amish"),
            Map.entry("FAITH_PEOPLE", "christians|catholics|protestants|evangelicals|baptists|mormons|jews"
                    + "|muslims|hindus|sikhs|buddhists|atheists"),
            Map.entry("WORSHIP", "church(?:es)?|mosques?|masjids?|synagogues?|shuls?|temples?|chapels?"
                    + "|cathedrals?|parish(?:es)?|gurdwaras?|mandirs?|kingdom halls?|places? of worship"
                    + "|houses? of worship"),
            Map.entry("STREET", "street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct"
                    + "|hill|hills|park|creek|square|circle|county|city"),
            Map.entry("NEAR", "near|nearby|nearest|close|closest|closer|far|farther|distance|walk|walking"
                    + "|walkable|drive|driving|minutes?|miles?|around|next to|by|within|proximity|across from"
                    + "|down the street"),

            // national origin, ethnicity, language, immigration
            Map.entry("ORIGIN", "hispanic|latino|latina|latinx|mexican|puerto rican|cuban|dominican|salvadoran"
                    + "|guatemalan|honduran|colombian|venezuelan|brazilian|chinese|korean|vietnamese|japanese"
                    + "|filipino|indian|pakistani|bangladeshi|arab|middle eastern|persian|iranian|iraqi|afghan"
                    + "|somali|ethiopian|nigerian|african|haitian|jamaican|caribbean|russian|ukrainian|polish"
                    + "|irish|italian|german|greek|european|american|foreign|immigrant|migrant|refugee|ethnic"
                    + "|undocumented|illegal"),
            Map.entry("ORIGIN_PEOPLE", "hispanics|latinos|latinas|mexicans|puerto ricans|cubans|dominicans"
                    + "|salvadorans|colombians|venezuelans|brazilians|koreans|filipinos|indians|pakistanis|arabs"
                    + "|persians|iranians|iraqis|afghans|somalis|ethiopians|nigerians|africans|haitians"
                    + "|jamaicans|russians|ukrainians|italians|germans|europeans|americans|foreigners|immigrants"
                    + "|migrants|refugees|illegals|illegal aliens|aliens|expats|non citizens"),
            Map.entry("LANGUAGE", "english|spanish|chinese|mandarin|cantonese|korean|vietnamese|arabic|hindi|urdu"
                    + "|russian|polish|portuguese|french|creole|tagalog|somali|farsi|german|italian|japanese"),

            // sex, gender identity, sexual orientation
            Map.entry("SEX", "gay|lesbian|lgbtq?|lgbtqia|queer|transgender|trans|nonbinary|non binary|bisexual"
                    + "|same sex"),
            Map.entry("SEX_AMBIGUOUS", "straight|female|male"),
            Map.entry("SEX_PEOPLE", "gays|lesbians|transgenders|single (?:women|men)|women|men|ladies|females"
                    + "|males|bachelors|bachelorettes"),
            Map.entry("SEX_WHOM", "(?:single )?(?:wom[ae]n|m[ae]n(?! cave)|lad(?:y|ies)|girls?|guys?|gentlemen"
                    + "|females?|males?)|bachelors?|bachelorettes?|(?:gay|lesbian|queer|trans|transgender"
                    + "|same sex|straight) (?:couples?|people|folks|persons?|men|women)|gays|lesbians|lgbtq?"),

            // familial status
            Map.entry("KIDS", "kids|children|toddlers|babies|teens|teenagers|young families|families"),
            Map.entry("FAMILY_WHOM", "famil(?:y|ies)|kids|children|child|toddlers?|bab(?:y|ies)|teens|teenagers"
                    + "|couples?|newlyweds|empty nesters?|singles|single (?:people|persons?|parents?|moms?"
                    + "|mothers?|dads?|fathers?)|parents|moms|dads"),
            // the same, for a caller's question: couples and parents asking about size are not asking to steer
            Map.entry("FAMILY_GROUP", "famil(?:y|ies)|kids|children|child|toddlers?|bab(?:y|ies)|teens|teenagers"
                    + "|newlyweds|empty nesters?|singles|single (?:people|parents?|moms?|dads?)"),
            Map.entry("LIFE_STAGE", "retirees|seniors|elderly people|the elderly|older people|old people|young"
                    + " professionals|college students|students|singles|young people"),
            Map.entry("NUMBER", "\\d+|two|three|four|five|six|seven|eight|nine|ten"),

            // disability
            Map.entry("DISABLED", "disabled|handicapped|mentally ill|mentally disabled|crippled|retarded"
                    + "|blind|deaf|wheelchair bound|crazy|psychotic|psychiatric"
                    + "|schizophrenic"),
            Map.entry("DISABLED_PEOPLE", "the disabled|the handicapped|wheelchair users|people (?:in|with|using)"
                    + " (?:wheelchairs|disabilities|mental illness(?:es)?)|the mentally ill|crazy people"
                    + "|psych(?:iatric)? patients|(?:recovering |drug )?addicts|alcoholics"),
            Map.entry("DISABLED_WHOM", "wheelchair users?|wheelchairs|(?:people|someone|anyone|those) (?:in|with"
                    + "|using|who use) (?:a |the )?(?:wheelchairs?|walkers?|disabilit(?:y|ies)|mobility issues)"
                    + "|(?:the )?disabled(?: people| persons?| folks| residents| buyers| tenants)?"
                    + "|(?:the )?handicapped|(?:blind|deaf) (?:people|persons?)|the (?:blind|deaf)"
                    + "|(?:the )?mentally ill|special needs|able bodied(?: people| buyers| tenants)?"),
            Map.entry("ASSISTANCE", "(?:service|assistance|support|therapy|guide|seeing eye|emotional support"
                    + "|psychiatric service|companion) (?:dogs?|animals?|cats?|pets?)|emotional support"));

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z_]+)}");

    private Vocabulary() {
    }

    /** The template with every {@code {NAME}} expanded, between word boundaries, compiled. */
    static Pattern compile(String template) {
        return Pattern.compile("\\b(?:" + expand(template) + ")\\b");
    }

    private static String expand(String template) {
        Matcher reference = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String words = WORDS.get(reference.group(1));
            if (words == null) {
                throw new IllegalArgumentException("no words named " + reference.group(1));
            }
            reference.appendReplacement(out, Matcher.quoteReplacement("(?:" + expand(words) + ")"));
        }
        return reference.appendTail(out).toString();
    }
}
