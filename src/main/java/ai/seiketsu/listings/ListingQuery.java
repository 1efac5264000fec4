package ai.seiketsu.listings;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A search of the current tenant's listings. Every filter is optional; {@code status} is a RESO StandardStatus in
 * either spelling and defaults to Active; {@code q} is a web-search style full-text query over address, city and
 * public remarks; {@code resoPropertyType} narrows to one RESO PropertyType (a RENT intent asks for
 * Residential Lease).
 *
 * @param limit  page size, 1-200
 * @param cursor the {@code nextCursor} of the previous page with the same filters and sort, or null
 */
public record ListingQuery(
        @Nullable String city,
        @Nullable String postalCode,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable Integer minBeds,
        @Nullable Integer minBaths,
        @Nullable PropertyCategory propertyType,
        @Nullable String resoPropertyType,
        @Nullable String status,
        @Nullable String q,
        Sort sort,
        int limit,
        @Nullable String cursor) {

    /** Active listings, newest first, 50 per page: the starting point for {@code with...} copies. */
    public static ListingQuery active() {
        return new ListingQuery(null, null, null, null, null, null, null, null, null, null, Sort.NEWEST, 50, null);
    }

    public ListingQuery withCity(@Nullable String value) {
        return new ListingQuery(value, postalCode, minPrice, maxPrice, minBeds, minBaths, propertyType,
                resoPropertyType, status, q, sort, limit, cursor);
    }

    public ListingQuery withPrice(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new ListingQuery(city, postalCode, min, max, minBeds, minBaths, propertyType, resoPropertyType,
                status, q, sort, limit, cursor);
    }

    public ListingQuery withRooms(@Nullable Integer beds, @Nullable Integer baths) {
        return new ListingQuery(city, postalCode, minPrice, maxPrice, beds, baths, propertyType, resoPropertyType,
                status, q, sort, limit, cursor);
    }

    public ListingQuery withPropertyType(@Nullable PropertyCategory value) {
        return new ListingQuery(city, postalCode, minPrice, maxPrice, minBeds, minBaths, value, resoPropertyType,
                status, q, sort, limit, cursor);
    }

    public ListingQuery withText(@Nullable String value) {
        return new ListingQuery(city, postalCode, minPrice, maxPrice, minBeds, minBaths, propertyType,
                resoPropertyType, status, value, sort, limit, cursor);
    }

    public ListingQuery withPostalCode(@Nullable String value) {
        return new ListingQuery(city, value, minPrice, maxPrice, minBeds, minBaths, propertyType, resoPropertyType,
                status, q, sort, limit, cursor);
    }

    /** Rentals only: RESO PropertyType Residential Lease, as a RENT intent searches. */
    public ListingQuery leases() {
        return new ListingQuery(city, postalCode, minPrice, maxPrice, minBeds, minBaths, propertyType,
                "Residential Lease", status, q, sort, limit, cursor);
    }

    public ListingQuery limit(int value) {
        return new ListingQuery(city, postalCode, minPrice, maxPrice, minBeds, minBaths, propertyType,
                resoPropertyType, status, q, sort, value, cursor);
    }

    /** Orders of a search; each has its own keyset cursor. */
    public enum Sort {
        NEWEST, PRICE_ASC, PRICE_DESC
    }
}
