package ai.seiketsu.dialogue.understanding;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.PhoneNumber;

/**
 * Everything found in one utterance ({@link Understanding#understand}); what was not said is null (or empty).
 *
 * @param utterance    the words as read, with {@link Utterance#correction()}: when true, these facts replace the
 *                     ones said before ("no, I said four hundred"). A plain {@link Answer#NO} with a new fact in
 *                     the same breath ("no, four hundred") is also one, which the dialogue can tell from
 *                     {@code answer}
 * @param intents      what the caller asks for, in the order said
 * @param answer       a yes or no to the agent's question
 * @param budget       the amount or range of money, in whole US dollars
 * @param bedroomsMin  the least number of bedrooms wanted (0 for a studio)
 * @param bathroomsMin the least number of bathrooms wanted, whole ("two and a half baths" is 2)
 * @param places       the tenant's places mentioned (cities, neighbourhoods, postal codes), in the order said
 * @param when         a day or time for a showing
 */
public record Understood(Utterance utterance, List<CallerIntent> intents, @Nullable Answer answer,
        @Nullable Budget budget, @Nullable Integer bedroomsMin, @Nullable Integer bathroomsMin, List<Place> places,
        @Nullable PropertyType propertyType, @Nullable Timeline timeline, @Nullable Financing financing,
        @Nullable String motivation, @Nullable PersonName name, @Nullable PhoneNumber phone,
        @Nullable EmailAddress email, @Nullable When when) {

    public Understood {
        intents = List.copyOf(intents);
        places = List.copyOf(places);
    }

    /** Whether the caller is correcting what they said before; see {@link Utterance#correction()}. */
    public boolean correction() {
        return utterance.correction();
    }

    public boolean has(CallerIntent intent) {
        return intents.contains(intent);
    }

    /**
     * The lead's intent among those said: investing when said at all (buying a rental is investing), else the first
     * of buying, selling and renting; null when none was said.
     */
    public @Nullable Intent leadIntent() {
        return leadIntent(intents);
    }

    static @Nullable Intent leadIntent(List<CallerIntent> intents) {
        if (intents.contains(CallerIntent.INVEST)) {
            return Intent.INVEST;
        }
        for (CallerIntent intent : intents) {
            if (intent.leadIntent() != null) {
                return intent.leadIntent();
            }
        }
        return null;
    }
}
