package ai.seiketsu.dialogue.guard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.dialogue.guard.Concern.Kind;

/**
 * One way a normalised text raises a concern: a precompiled pattern, optionally a context that must also occur
 * somewhere in the text, and two refinements. A caller describing themselves ("we are an Asian family", "I have
 * two kids") is not asking the agent to steer, so rules that allow it skip a match that follows such words. A
 * description of residents in a text that also asks where, which, or for fewer of someone is steering.
 */
record Rule(Kind kind, @Nullable ProtectedClass protectedClass, Pattern pattern, @Nullable Pattern context,
        boolean allowsSelfDescription, boolean cuedToSteering) {

    private static final Pattern SELF_DESCRIPTION = Pattern.compile("\\b(?:"
            + "(?:i|we) (?:am|m|are|re|have|ve|have got|got|ve got)(?: \\w+){0,2}"
            + "|im(?: \\w+){0,2}|as an?(?: \\w+)?|being an?(?: \\w+)?"
            + "|(?:my|our)(?: \\w+){0,3} (?:is|are|s|re|has|have)(?: \\w+){0,2}"
            + "|my|our) $");
    // "we're a Black family" from a recogniser that drops apostrophes; only at the start, where "were" is not
    // the past tense of "there were a lot of"
    private static final Pattern SELF_DESCRIPTION_OPENING = Pattern.compile("^were an?(?: \\w+)? $");
    private static final Pattern STEERING_CUE = Pattern.compile("\\b(?:where|which|recommend|suggest|show me|find me"
            + "|avoid|prefer|rather|fewer|less|least|fewest|away from|stay away|fit in|welcome|looking for|want"
            + "|would like)\\b");
    private static final int SELF_DESCRIPTION_WINDOW = 40;

    static Rule of(Kind kind, @Nullable ProtectedClass protectedClass, Pattern pattern) {
        return new Rule(kind, protectedClass, pattern, null, false, false);
    }

    Rule inContext(Pattern required) {
        return new Rule(kind, protectedClass, pattern, required, allowsSelfDescription, cuedToSteering);
    }

    Rule unlessSelfDescription() {
        return new Rule(kind, protectedClass, pattern, context, true, cuedToSteering);
    }

    Rule steeringWhenCued() {
        return new Rule(kind, protectedClass, pattern, context, allowsSelfDescription, true);
    }

    /** The concern this rule finds in {@code text} (already normalised), or null. */
    @Nullable Concern find(String text) {
        if (context != null && !context.matcher(text).find()) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (allowsSelfDescription && describesTheCaller(text, matcher.start())) {
                continue;
            }
            Kind found = cuedToSteering && STEERING_CUE.matcher(text).find() ? Kind.STEERING : kind;
            return new Concern(found, protectedClass, matcher.group());
        }
        return null;
    }

    private static boolean describesTheCaller(String text, int matchStart) {
        // transparent bounds: a word cut by the window's start is not taken for a whole word
        Matcher before = SELF_DESCRIPTION.matcher(text)
                .region(Math.max(0, matchStart - SELF_DESCRIPTION_WINDOW), matchStart).useTransparentBounds(true);
        return before.find() || SELF_DESCRIPTION_OPENING.matcher(text).region(0, matchStart).find();
    }
}
