package ai.seiketsu.dialogue.understanding;

import java.util.List;
import java.util.Set;

/**
 * Everyday words that are not names. After "I'm", "this is" or "it's" a name may follow ("this is John") or not
 * ("this is a nice house", "I'm looking for a condo"); a word from this list says it is not one. The same list
 * tells where the spoken local part of an e-mail address starts ("sure, it's maria at gmail dot com"). Besides the
 * list, numbers and longer words with the endings of verbs and adjectives ("calling", "wondering", "expensive",
 * "ridiculous", "helpful", "affordable", "terrible") are everyday words.
 */
final class CommonWords {

    private static final Set<String> WORDS = Set.of("""
            a an the this that these those it it's its i i'm i'd i'll i've me my mine we we're our us you you're
            your he she they them their his her is am are was were be been being have has had do does did done will
            would can could should shall may might must not no yes yeah yep yup sure ok okay alright right well so
            and or but if then than because since as at by for from in into of off on onto out over to up with
            about after again all also any anyway anything around back before below best better big both busy call
            called check coming currently definitely down each either else even ever every fine first free get go
            gone good got great happy hello hi hey here how however interested just kind last let let's like little
            look lot love many maybe more most much need new next nice now number only other ready real really same
            see some someone something soon sorry still such thank thanks there there's time today tomorrow too try
            very wait want wanted way what what's when where which while who why work yet glad excited curious
            afraid pre approved cash home house condo place property buyer seller investor agent realtor owner
            landlord tenant actually probably basically almost pretty quite totally speaking available email e mail
            address phone gmail retired married single moving perfect awesome amazing wonderful lovely cheap pricey
            expensive confused late early old young close far small huge tiny bad hard easy tough possible true
            wrong crazy weird strange important urgent""".split("\\s+"));
    private static final List<String> ENDINGS = List.of("ing", "ous", "ful", "able", "ible", "ive");

    private CommonWords() {
    }

    static boolean contains(String word) {
        if (WORDS.contains(word) || NumberWords.isNumberWord(word)) {
            return true;
        }
        int shortest = word.endsWith("ing") ? 6 : 7; // long enough that "King" and "Olive" stay names
        return word.length() >= shortest && ENDINGS.stream().anyMatch(word::endsWith);
    }
}
