package ai.seiketsu.listings.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * RESO lookup values in both spellings. Feeds send the compact form ("ActiveUnderContract"), people and some
 * feeds the display form ("Active Under Contract"); we store and answer the display form, and compare spellings
 * by their letters and digits only.
 */
public final class ResoLookups {

    public static final List<String> STANDARD_STATUS = List.of("Active", "Active Under Contract", "Canceled",
            "Closed", "Coming Soon", "Delete", "Expired", "Hold", "Incomplete", "Pending", "Withdrawn");
    public static final List<String> PROPERTY_TYPE = List.of("Business Opportunity", "Commercial Lease",
            "Commercial Sale", "Farm", "Land", "Manufactured In Park", "Residential", "Residential Income",
            "Residential Lease");
    /** Sub-types named by the search mapping or common in feeds; others are split at their capitals. */
    static final List<String> KNOWN_SUB_TYPES = List.of("Apartment", "Cabin", "Condominium", "Duplex",
            "Manufactured Home", "Manufactured On Land", "Mobile Home", "Multi Family", "Own Your Own", "Quadruplex",
            "Single Family Residence", "Stock Cooperative", "Timeshare", "Townhouse", "Triplex");

    private static final Map<String, String> STATUS_BY_KEY = byKey(STANDARD_STATUS);
    private static final Map<String, String> TYPE_BY_KEY = byKey(PROPERTY_TYPE);
    private static final Map<String, String> SUB_TYPE_BY_KEY = byKey(KNOWN_SUB_TYPES);

    private ResoLookups() {
    }

    public static Optional<String> standardStatus(String value) {
        return Optional.ofNullable(STATUS_BY_KEY.get(key(value)));
    }

    public static Optional<String> propertyType(String value) {
        return Optional.ofNullable(TYPE_BY_KEY.get(key(value)));
    }

    /** PropertySubType is an open lookup: unknown compact values become words ("BoatSlip" → "Boat Slip"). */
    public static String propertySubType(String value) {
        String known = SUB_TYPE_BY_KEY.get(key(value));
        if (known != null) {
            return known;
        }
        String trimmed = value.strip();
        return trimmed.contains(" ") ? trimmed : trimmed.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
    }

    static String key(String value) {
        return value.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> byKey(List<String> values) {
        return values.stream().collect(Collectors.toUnmodifiableMap(ResoLookups::key, Function.identity()));
    }
}
