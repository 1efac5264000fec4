package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;

/**
 * What the caller can spend, in whole US dollars, as the lead keeps it: {@code min} and {@code max}, either of which
 * may be open. A single amount is a ceiling ("my budget is 500k", "around 500k", "under 500k" all give max 500,000)
 * unless said as a floor ("at least", "over", "500k or more" give min); a range gives both.
 *
 * @param monthly the amounts are per month: a rent, or a payment a buyer named "a month" (the dialogue decides what
 *                a buyer's monthly figure means)
 */
public record Budget(@Nullable Long min, @Nullable Long max, boolean monthly) {

    public Budget {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a budget needs a minimum or a maximum");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("minimum " + min + " above maximum " + max);
        }
    }
}
