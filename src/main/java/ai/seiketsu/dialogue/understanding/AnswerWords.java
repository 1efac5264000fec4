package ai.seiketsu.dialogue.understanding;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A yes or a no, said at the start ("yeah", "correct", "sure, Saturday works"; "nope", "no, I said four hundred",
 * "not really") or as a verdict anywhere ("that's right", "that's wrong"). Not a no: "no problem", "no rush", "no
 * idea", "not sure"; not a yes: "right now", "right away".
 */
final class AnswerWords {

    private static final String OPENERS = "^(?:(?:oh|well|um|so|ah|and|hmm|uh) )*";
    private static final Pattern NO = Pattern.compile(OPENERS + "(?:no(?! (?:problem|worries|rush|hurry|idea|more"
            + "|doubt|way to know))|nope|nah|not really|not quite|incorrect|wrong|negative|not at all"
            + "|absolutely not|definitely not|of course not)(?![^ ])|(?<![^ ])(?:that's|that is|it's|it is)"
            + " (?:wrong|not right|not correct|incorrect|not it)(?![^ ])");
    private static final Pattern YES = Pattern.compile(OPENERS + "(?:yes|yeah|yep|yup|yea|ya|sure|correct"
            + "|right(?! (?:now|away|there|here|after|before))|exactly|absolutely|definitely|of course|sounds good"
            + "|ok|okay|alright|all right|please do|affirmative|perfect|that works|you got it|you bet|great"
            + "|that's fine|fine|go ahead|certainly|indeed)(?![^ ])|(?<![^ ])(?:that's|that is|it's|it is)"
            + " (?:right|correct|it)(?![^ ])");

    private AnswerWords() {
    }

    static @Nullable Answer find(Utterance utterance) {
        String said = utterance.joined();
        if (NO.matcher(said).find()) {
            return Answer.NO;
        }
        return YES.matcher(said).find() ? Answer.YES : null;
    }
}
