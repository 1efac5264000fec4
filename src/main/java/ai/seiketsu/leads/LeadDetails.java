package ai.seiketsu.leads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What we know about a lead as a person (not the pipeline): what creating a lead gives, what a change changes,
 * and what the score is computed from. Absent values are null (lists empty); {@code phone} is E.164 and
 * {@code email} lower case once the details belong to a lead.
 */
public record LeadDetails(@Nullable String firstName, @Nullable String lastName, @Nullable String phone,
        @Nullable String email, @Nullable Intent intent, List<String> areas, @Nullable PropertyType propertyType,
        @Nullable Integer budgetMin, @Nullable Integer budgetMax, @Nullable Integer bedroomsMin,
        @Nullable Integer bathroomsMin, @Nullable Timeline timeline, @Nullable Financing financing,
        @Nullable String motivation, List<String> mustHaves, @Nullable String timeZone, @Nullable Boolean doNotCall,
        @Nullable String source) {

    public LeadDetails {
        areas = areas == null ? List.of() : areas.stream().filter(Objects::nonNull).toList();
        mustHaves = mustHaves == null ? List.of() : mustHaves.stream().filter(Objects::nonNull).toList();
    }

    /**
     * A second contact of the same person merged into this lead: what we knew stays, what was missing is filled
     * from {@code other}, areas and must-haves are joined, and a "do not call" from either side is kept (a stop
     * request must never be lost to a merge).
     */
    public LeadDetails mergedWith(LeadDetails other) {
        return new LeadDetails(or(firstName, other.firstName), or(lastName, other.lastName), or(phone, other.phone),
                or(email, other.email), or(intent, other.intent), union(areas, other.areas),
                or(propertyType, other.propertyType), or(budgetMin, other.budgetMin), or(budgetMax, other.budgetMax),
                or(bedroomsMin, other.bedroomsMin), or(bathroomsMin, other.bathroomsMin),
                known(timeline, other.timeline), known(financing, other.financing), or(motivation, other.motivation),
                union(mustHaves, other.mustHaves), or(timeZone, other.timeZone),
                Boolean.TRUE.equals(doNotCall) || Boolean.TRUE.equals(other.doNotCall), or(source, other.source));
    }

    /** A change by staff or an integrator: every value {@code change} gives replaces ours; lists given replace. */
    public LeadDetails changedBy(LeadDetails change) {
        return new LeadDetails(or(change.firstName, firstName), or(change.lastName, lastName),
                or(change.phone, phone), or(change.email, email), or(change.intent, intent),
                change.areas.isEmpty() ? areas : change.areas, or(change.propertyType, propertyType),
                or(change.budgetMin, budgetMin), or(change.budgetMax, budgetMax), or(change.bedroomsMin, bedroomsMin),
                or(change.bathroomsMin, bathroomsMin), or(change.timeline, timeline), or(change.financing, financing),
                or(change.motivation, motivation), change.mustHaves.isEmpty() ? mustHaves : change.mustHaves,
                or(change.timeZone, timeZone), or(change.doNotCall, doNotCall), source);
    }

    /** These details with this phone and e-mail (null: none). */
    public LeadDetails withContacts(@Nullable String newPhone, @Nullable String newEmail) {
        return new LeadDetails(firstName, lastName, newPhone, newEmail, intent, areas, propertyType, budgetMin,
                budgetMax, bedroomsMin, bathroomsMin, timeline, financing, motivation, mustHaves, timeZone, doNotCall,
                source);
    }

    /** These details with this budget (either bound may be open). */
    public LeadDetails withBudget(@Nullable Integer min, @Nullable Integer max) {
        return new LeadDetails(firstName, lastName, phone, email, intent, areas, propertyType, min, max, bedroomsMin,
                bathroomsMin, timeline, financing, motivation, mustHaves, timeZone, doNotCall, source);
    }

    /** The names of the fields whose values differ from {@code other}'s, in declaration order. */
    public List<String> differencesFrom(LeadDetails other) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("firstName", Objects.equals(firstName, other.firstName));
        same.put("lastName", Objects.equals(lastName, other.lastName));
        same.put("phone", Objects.equals(phone, other.phone));
        same.put("email", Objects.equals(email, other.email));
        same.put("intent", intent == other.intent);
        same.put("areas", areas.equals(other.areas));
        same.put("propertyType", propertyType == other.propertyType);
        same.put("budgetMin", Objects.equals(budgetMin, other.budgetMin));
        same.put("budgetMax", Objects.equals(budgetMax, other.budgetMax));
        same.put("bedroomsMin", Objects.equals(bedroomsMin, other.bedroomsMin));
        same.put("bathroomsMin", Objects.equals(bathroomsMin, other.bathroomsMin));
        same.put("timeline", timeline == other.timeline);
        same.put("financing", financing == other.financing);
        same.put("motivation", Objects.equals(motivation, other.motivation));
        same.put("mustHaves", mustHaves.equals(other.mustHaves));
        same.put("timeZone", Objects.equals(timeZone, other.timeZone));
        same.put("doNotCall", Objects.equals(doNotCall, other.doNotCall));
        return same.entrySet().stream().filter(entry -> !entry.getValue()).map(Map.Entry::getKey).toList();
    }

    private static <T> @Nullable T or(@Nullable T preferred, @Nullable T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** {@code UNKNOWN} says no more than null does, so a known value from the other side wins over it. */
    private static <E extends Enum<E>> @Nullable E known(@Nullable E ours, @Nullable E theirs) {
        return ours != null && !"UNKNOWN".equals(ours.name()) ? ours : or(theirs, ours);
    }

    /** Both lists, ours first, without repeating an entry that differs only in case. */
    private static List<String> union(List<String> ours, List<String> theirs) {
        List<String> joined = new ArrayList<>(ours);
        List<String> seen = new ArrayList<>(ours.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList());
        for (String value : theirs) {
            if (!seen.contains(value.toLowerCase(Locale.ROOT))) {
                joined.add(value);
                seen.add(value.toLowerCase(Locale.ROOT));
            }
        }
        return joined;
    }
}
