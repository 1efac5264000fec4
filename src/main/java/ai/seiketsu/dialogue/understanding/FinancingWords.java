package ai.seiketsu.dialogue.understanding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Financing;

/**
 * How the caller will pay: "pre-approved", "pre-qualified", "approved for 400k" ({@code PRE_APPROVED}); "cash",
 * "paying cash", "all cash", "don't need a mortgage" ({@code CASH}); "need a lender", "need a mortgage", "not
 * pre-approved yet", "can you recommend a lender" ({@code NEEDS_LENDER}); "not sure" when the agent asked
 * ({@code UNKNOWN}). The phrase said first wins, and of two that start together the longer, so "not pre-approved"
 * is a need for a lender and "don't need a mortgage" is cash. "Cash flow" is an investor's word, not a way to pay.
 */
final class FinancingWords {

    private static final String APPROVED = "(?:pre ?approved|pre ?qualified|pre ?approval|approved)";
    private static final String LOAN = "(?:lender|mortgage|loan|financing|mortgage broker|loan officer)";
    private static final Map<Financing, Phrases> PHRASES = new LinkedHashMap<>();
    private static final Phrases UNSURE = Phrases.of("not sure", "don't know", "no idea", "undecided",
            "haven't decided", "not certain");

    static {
        PHRASES.put(Financing.NEEDS_LENDER, Phrases.of(
                "(?:not|haven't|hasn't|have not|never|didn't|aren't|isn't|wasn't|weren't)(?: \\w+)?"
                        + " (?:been |gotten |got |yet )?" + APPROVED,
                "need(?:s)? (?:to (?:get|be|find|talk to) )?(?:an? )?(?:" + APPROVED + "|" + LOAN + ")",
                "looking for (?:an? )?" + LOAN, "(?:recommend|suggest|know) (?:an? |any |a good )?" + LOAN,
                "help (?:with|getting) (?:an? )?(?:" + LOAN + "|pre ?approval|pre ?approved)",
                "(?:don't|do not) have (?:an? )?(?:" + LOAN + "|pre ?approval)",
                "haven't (?:talked|spoken) (?:to|with) (?:an? )?(?:lender|bank)", "will need (?:an? )?" + LOAN));
        PHRASES.put(Financing.CASH, Phrases.of("cash(?! ?flow| out| back)", "outright",
                "(?:don't|do not|won't|will not) need (?:an? |any )?" + LOAN,
                "no (?:mortgage|loan|financing) needed", "without (?:a )?(?:mortgage|loan|financing)"));
        PHRASES.put(Financing.PRE_APPROVED, Phrases.of("pre ?approved", "pre ?approval", "pre ?qualified",
                "pre ?qual", "(?:already |been |got |am |are |we're |i'm )approved(?: for| by)?", "approval letter",
                "financing (?:is )?(?:lined up|in place|ready|secured|arranged|sorted)",
                "have (?:an? )?(?:lender|mortgage) (?:lined up|already)"));
    }

    private FinancingWords() {
    }

    static @Nullable Financing find(Utterance utterance, Context context) {
        Found<Financing> found = Phrases.earliest(utterance, PHRASES);
        if (found != null) {
            return found.value();
        }
        return context.asked() == Slot.FINANCING && UNSURE.in(utterance) ? Financing.UNKNOWN : null;
    }
}
