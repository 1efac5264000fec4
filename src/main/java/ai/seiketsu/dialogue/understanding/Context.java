package ai.seiketsu.dialogue.understanding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Intent;

/**
 * What the dialogue knows when the caller speaks, which the words alone do not say.
 *
 * @param now    the current time in the tenant's time zone: "tomorrow", "next month" and "Saturday at two" are
 *               counted from its date, in its zone
 * @param places the places the tenant's listings know
 * @param intent what the caller wants, if known from earlier turns: a bare "four fifty" is $450,000 for a purchase
 *               and a rent is monthly (the utterance's own intent, when it says one, comes first)
 * @param asked  what the agent has just asked, if it asked for one fact, so that a bare answer can be read
 */
public record Context(ZonedDateTime now, Gazetteer places, @Nullable Intent intent, @Nullable Slot asked) {

    /** At {@code now}, with the tenant's places, nothing known yet and nothing asked. */
    public static Context at(ZonedDateTime now, Gazetteer places) {
        return new Context(now, places, null, null);
    }

    public Context withIntent(@Nullable Intent known) {
        return new Context(now, places, known, asked);
    }

    public Context asking(@Nullable Slot slot) {
        return new Context(now, places, intent, slot);
    }

    LocalDate today() {
        return now.toLocalDate();
    }

    ZoneId zone() {
        return now.getZone();
    }
}
