package ai.seiketsu.listings.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ai.seiketsu.listings.ListingDetails;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * Turns the fields of one listing, as they arrive (strings from a CSV row, JSON values from an import or a request
 * body, keyed by RESO name), into {@link ListingDetails}, or into the list of what is wrong with them. The API
 * and the importer share it, so a row of a file and a request body are held to the same rules. Fields that are
 * not RESO fields we keep are ignored: feeds send hundreds.
 */
public final class ListingFields {

    private final Map<String, @Nullable Object> raw;
    private final List<FieldViolation> violations = new ArrayList<>();

    private ListingFields(Map<String, @Nullable Object> raw) {
        this.raw = raw;
    }

    /** The listing the fields describe, or the violations (each named by its RESO field). */
    public sealed interface Parsed {
    }

    public record Valid(ListingDetails details) implements Parsed {
    }

    public record Invalid(@Nullable String listingKey, List<FieldViolation> violations) implements Parsed {
    }

    public static Parsed parse(Map<String, ? extends @Nullable Object> fields) {
        return new ListingFields(new LinkedHashMap<>(fields)).parse();
    }

    /** The fields of {@code details} by RESO name, as {@link #parse} reads them (for merging a PATCH). */
    public static Map<String, @Nullable Object> toFields(ListingDetails d) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("ListingKey", d.listingKey());
        m.put("ListingId", d.listingId());
        m.put("StandardStatus", d.standardStatus());
        m.put("PropertyType", d.propertyType());
        m.put("PropertySubType", d.propertySubType());
        m.put("ListPrice", d.listPrice());
        m.put("OriginalListPrice", d.originalListPrice());
        m.put("BedroomsTotal", d.bedroomsTotal());
        m.put("BathroomsTotalInteger", d.bathroomsTotalInteger());
        m.put("LivingArea", d.livingArea());
        m.put("LotSizeSquareFeet", d.lotSizeSquareFeet());
        m.put("YearBuilt", d.yearBuilt());
        m.put("UnparsedAddress", d.unparsedAddress());
        m.put("StreetNumber", d.streetNumber());
        m.put("StreetName", d.streetName());
        m.put("City", d.city());
        m.put("StateOrProvince", d.stateOrProvince());
        m.put("PostalCode", d.postalCode());
        m.put("Latitude", d.latitude());
        m.put("Longitude", d.longitude());
        m.put("PublicRemarks", d.publicRemarks());
        m.put("GarageSpaces", d.garageSpaces());
        m.put("AssociationFee", d.associationFee());
        m.put("PetsAllowed", d.petsAllowed());
        m.put("DaysOnMarket", d.daysOnMarket());
        m.put("ListAgentFullName", d.listAgentFullName());
        m.put("PhotoURLs", d.photoUrls());
        return m;
    }

    private Parsed parse() {
        String key = required("ListingKey", text("ListingKey", 255));
        BigDecimal price = required("ListPrice", decimal("ListPrice", 14, 2, BigDecimal.ZERO, null));
        ListingDetails details = new ListingDetails(key, text("ListingId", 255), status(), propertyType(),
                Optional.ofNullable(text("PropertySubType", 50)).map(ResoLookups::propertySubType).orElse(null),
                price, decimal("OriginalListPrice", 14, 2, BigDecimal.ZERO, null),
                integer("BedroomsTotal", 0, 999), integer("BathroomsTotalInteger", 0, 999),
                decimal("LivingArea", 14, 2, BigDecimal.ZERO, null),
                decimal("LotSizeSquareFeet", 14, 2, BigDecimal.ZERO, null), integer("YearBuilt", 1000, 9999),
                text("UnparsedAddress", 255), text("StreetNumber", 25), text("StreetName", 50), text("City", 50),
                Optional.ofNullable(text("StateOrProvince", 2)).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null),
                text("PostalCode", 10), decimal("Latitude", 12, 8, BigDecimal.valueOf(-90), BigDecimal.valueOf(90)),
                decimal("Longitude", 12, 8, BigDecimal.valueOf(-180), BigDecimal.valueOf(180)),
                text("PublicRemarks", 4000), decimal("GarageSpaces", 5, 2, BigDecimal.ZERO, null),
                decimal("AssociationFee", 14, 2, BigDecimal.ZERO, null),
                list("PetsAllowed", ",", 50, Function.identity()), integer("DaysOnMarket", 0, 100_000),
                text("ListAgentFullName", 150), photos());
        return violations.isEmpty() ? new Valid(details) : new Invalid(key, List.copyOf(violations));
    }

    private String status() {
        String value = text("StandardStatus", 50);
        if (value == null) {
            return "Active"; // a feed that leaves it out lists what is for sale
        }
        return lookup("StandardStatus", ResoLookups.standardStatus(value), ResoLookups.STANDARD_STATUS);
    }

    private @Nullable String propertyType() {
        String value = text("PropertyType", 50);
        return value == null ? null
                : lookup("PropertyType", ResoLookups.propertyType(value), ResoLookups.PROPERTY_TYPE);
    }

    private String lookup(String field, Optional<String> found, List<String> allowed) {
        if (found.isEmpty()) {
            violation(field, "must be one of " + String.join(", ", allowed));
            return "";
        }
        return found.get();
    }

    /** {@code PhotoURLs} (a list, or addresses separated by spaces or "|"), or RESO {@code Media[].MediaURL}. */
    private List<String> photos() {
        if (raw.get("PhotoURLs") == null && raw.get("Media") instanceof Collection<?> media) {
            List<String> urls = new ArrayList<>();
            for (Object item : media) {
                if (item instanceof Map<?, ?> m && m.get("MediaURL") instanceof String url) {
                    urls.add(url);
                }
            }
            raw.put("PhotoURLs", urls);
        }
        List<String> urls = list("PhotoURLs", "[\\s|]+", 100, String::strip);
        if (urls.stream().anyMatch(url -> !url.startsWith("https://") && !url.startsWith("http://"))) {
            violation("PhotoURLs", "must be http or https addresses");
        }
        return urls;
    }

    private <T> T required(String field, @Nullable T value) {
        if (value == null && violations.stream().noneMatch(v -> v.field().equals(field))) {
            violation(field, "is required");
        }
        return value;
    }

    private @Nullable String text(String field, int maxLength) {
        Object value = raw.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            violation(field, "must be a single value");
            return null;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            violation(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    private @Nullable BigDecimal decimal(String field, int precision, int scale, @Nullable BigDecimal min,
            @Nullable BigDecimal max) {
        BigDecimal number = number(field);
        if (number == null) {
            return null;
        }
        BigDecimal rounded = number.setScale(scale, RoundingMode.HALF_UP);
        if (rounded.precision() - rounded.scale() > precision - scale) {
            violation(field, "is too large");
            return null;
        }
        if ((min != null && rounded.compareTo(min) < 0) || (max != null && rounded.compareTo(max) > 0)) {
            violation(field, range(min, max));
            return null;
        }
        return rounded;
    }

    private @Nullable Integer integer(String field, int min, int max) {
        BigDecimal number = number(field);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            violation(field, "must be a whole number");
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            violation(field, "must be between " + min + " and " + max);
            return null;
        }
        return number.intValueExact();
    }

    private @Nullable BigDecimal number(String field) {
        Object value = raw.get(field);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String text = text(field, 40);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            violation(field, "must be a number");
            return null;
        }
    }

    private List<String> list(String field, String separator, int max, Function<String, String> clean) {
        Object value = raw.get(field);
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.stream().filter(v -> v != null).map(Object::toString).forEach(items::add);
        } else if (value != null) {
            items.addAll(List.of(value.toString().split(separator)));
        }
        List<String> cleaned = items.stream().map(clean).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (cleaned.size() > max) {
            violation(field, "must have at most " + max + " entries");
        }
        if (cleaned.stream().anyMatch(s -> s.length() > 2000)) {
            violation(field, "entries must be at most 2000 characters");
        }
        return cleaned;
    }

    private static String range(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        if (max == null) {
            return "must be at least " + min;
        }
        return "must be between " + min + " and " + max;
    }

    private void violation(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }
}
