package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;

/**
 * Why the caller is moving, kept in their words: the phrase from a reason ("relocating for work", "new job",
 * "downsizing", "growing family", "our lease is up", "closer to family", "retiring") or after "because", "since we",
 * "the reason is", to the end of the clause, at most {@value #LONGEST} words ("we're relocating for work and need
 * something fast" gives "relocating for work"), places included but not the figures of other facts. When the agent
 * asked why, the whole answer is the reason.
 */
final class MotivationWords {

    private static final Phrases REASONS = Phrases.of("relocat(?:ing|e|ion)", "transferr?(?:ed|ing)",
            "job (?:transfer|offer|change|relocation)", "(?:a |my |our )?new job", "got a (?:new )?job",
            "starting a (?:new )?job", "moving (?:here |there |back |out )?(?:for|to be|closer|because|since)",
            "downsiz(?:ing|e)", "upsiz(?:ing|e)", "(?:need|want|needing|wanting) (?:more|less|a bigger|a smaller"
                    + "|extra) (?:space|room|house|home|place|yard)",
            "(?:growing|expanding) family", "(?:a |another )?baby (?:on the way|coming)",
            "having (?:a|another) baby", "(?:getting|just got|recently) married", "divorc(?:e|ed|ing)",
            "retir(?:ing|ed|ement)", "closer to (?:family|work|the office|my|our|the|school|grandkids|parents)",
            "empty nesters?", "(?:my |our |the )?(?:lease|rental) (?:is up|ends|is ending|expires|runs out"
                    + "|is running out)", "tired of renting", "(?:stop|done) renting", "build(?:ing)? equity",
            "inherit(?:ed|ing)", "passed away", "for work", "(?:shorter|long|better) commute",
            "(?:kids|children) (?:moved out|left|are grown)");
    private static final Phrases BECAUSE = Phrases.of("because(?: of)?", "'cause", "cause", "the reason (?:is|being)",
            "reason being", "due to", "since(?= (?:we|i|my|our|the|he|she|they|it's|we're|i'm)(?![^ ]))");
    private static final Phrases CLAUSE_ENDS = Phrases.of("but", "so", "and (?:i|we|i'm|we're|my|our|i'd|we'd"
            + "|need|want|looking|also)", "also", "anyway", "my name", "my number", "my email", "which", "what",
            "can you", "could you", "do you");
    private static final int LONGEST = 10;
    private static final int LONGEST_ANSWER = 15;

    private MotivationWords() {
    }

    static @Nullable Found<String> find(Utterance utterance, Claims claims, Context context) {
        Found<String> reason = REASONS.first(utterance);
        Found<String> because = BECAUSE.first(utterance);
        if (because != null && (reason == null || because.start() < reason.start())) {
            return clause(utterance, claims, because.end(), LONGEST);
        }
        if (reason != null) {
            return clause(utterance, claims, reason.start(), LONGEST);
        }
        return context.asked() == Slot.MOTIVATION ? clause(utterance, claims, 0, LONGEST_ANSWER) : null;
    }

    /** Whether the word belongs to a figure another fact was read from: a reason keeps places, not numbers. */
    private static boolean isFigure(Utterance utterance, Claims claims, int index) {
        return !claims.isFree(index) && DigitWords.startsRun(utterance.word(index));
    }

    /** The words from {@code start} to the end of the clause, as typed. */
    private static @Nullable Found<String> clause(Utterance utterance, Claims claims, int start, int longest) {
        int end = start;
        while (end < utterance.size() && end - start < longest && !isFigure(utterance, claims, end)
                && CLAUSE_ENDS.at(utterance, end) == null) {
            end++;
            if (utterance.breakAfter(end - 1)) {
                break;
            }
        }
        if (end == start) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int k = start; k < end; k++) {
            text.append(k == start ? "" : " ").append(utterance.original(k));
        }
        return new Found<>(text.toString(), start, end);
    }
}
