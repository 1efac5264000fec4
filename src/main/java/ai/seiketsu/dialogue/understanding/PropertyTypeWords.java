package ai.seiketsu.dialogue.understanding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.PropertyType;

/**
 * The kind of property, the first one named: "house", "single family" and "detached" are single-family homes;
 * "condo" and "apartment" condominiums (the lead has no apartment type: a buyer's apartment is a condo, and the
 * nearest type for a renter's); "townhouse", "townhome", "row house"; "duplex", "triplex", "fourplex",
 * "multi-family", "apartment building"; "land", "vacant lot", "acreage"; "mobile home", "commercial" and the like are
 * {@code OTHER}. "Home" alone says nothing about the kind, and "open house" is an event.
 */
final class PropertyTypeWords {

    private static final Map<PropertyType, Phrases> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(PropertyType.TOWNHOUSE, Phrases.of("town ?houses?", "town ?homes?", "row ?houses?", "row ?homes?"));
        PHRASES.put(PropertyType.MULTI_FAMILY, Phrases.of("multi ?family", "multi ?units?", "duplex(?:es)?",
                "triplex(?:es)?", "fourplex(?:es)?", "quadplex(?:es)?", "quadruplex(?:es)?",
                "(?:two|three|four|2|3|4) family", "apartment (?:building|complex)s?"));
        PHRASES.put(PropertyType.CONDO, Phrases.of("condos?", "condominiums?", "apartments?", "lofts?"));
        PHRASES.put(PropertyType.LAND, Phrases.of("land", "(?:vacant|empty|buildable|building) lots?",
                "lots? to build(?: on)?", "acreage", "acres", "parcels?(?: of land)?", "raw land"));
        PHRASES.put(PropertyType.OTHER, Phrases.of("mobile homes?", "manufactured homes?", "trailers?",
                "commercial(?: property| space)?", "office space", "retail space", "warehouses?", "farms?",
                "tiny homes?"));
        PHRASES.put(PropertyType.SINGLE_FAMILY, Phrases.of("single ?family(?: homes?| houses?| residences?)?",
                "(?<!open |full |in )houses?", "detached(?: homes?| houses?)?", "bungalows?",
                "ranch(?: style)?(?: homes?| houses?)?", "cottages?", "stand ?alone(?: homes?| houses?)?"));
    }

    private PropertyTypeWords() {
    }

    static @Nullable Found<PropertyType> find(Utterance utterance) {
        return Phrases.earliest(utterance, PHRASES);
    }
}
