package ai.seiketsu.listings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.listings.ListingQuery.Sort;
import ai.seiketsu.listings.PropertyCategory;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.ProblemException.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of one listing search, built from a validated {@link ListingQuery}. Filters are bound parameters; the
 * order and its keyset condition match the indexes of V20 ({@code (tenant_id, standard_status, created_at, id)}
 * and {@code (tenant_id, standard_status, list_price, id)}).
 */
public final class ListingSearch {

    private static final List<String> MULTI_FAMILY = List.of("Duplex", "Triplex", "Quadruplex", "Multi Family");
    private static final List<String> NAMED_SUB_TYPES = List.of("Single Family Residence", "Condominium",
            "Townhouse", "Duplex", "Triplex", "Quadruplex", "Multi Family");

    private final StringBuilder where = new StringBuilder(" where standard_status = ?");
    private final List<Object> params = new ArrayList<>();
    private final Sort sort;
    private final int limit;

    private ListingSearch(Sort sort, int limit) {
        this.sort = sort;
        this.limit = limit;
    }

    /** Validates the query (400 with every bad field) and builds its statement. */
    public static ListingSearch of(ListingQuery query) {
        List<FieldViolation> violations = new ArrayList<>();
        int limit = new PageRequest(query.limit(), null).limit();
        ListingSearch search = new ListingSearch(query.sort(), limit);
        search.params.add(status(query.status(), violations));
        search.filters(query, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (query.cursor() != null && !query.cursor().isBlank()) {
            search.after(SearchCursor.decode(query.cursor(), query.sort()));
        }
        return search;
    }

    private void filters(ListingQuery q, List<FieldViolation> violations) {
        if (q.city() != null && !q.city().isBlank()) {
            and("city_key = lower(?)", q.city().strip());
        }
        if (q.postalCode() != null && !q.postalCode().isBlank()) {
            and("postal_code = ?", q.postalCode().strip());
        }
        if (q.minPrice() != null) {
            and("list_price >= ?", nonNegative("minPrice", q.minPrice(), violations));
        }
        if (q.maxPrice() != null) {
            and("list_price <= ?", nonNegative("maxPrice", q.maxPrice(), violations));
        }
        if (q.minBeds() != null) {
            // bound as integers: a numeric parameter would cast the column and hide it from its statistics
            nonNegative("minBeds", BigDecimal.valueOf(q.minBeds()), violations);
            and("bedrooms_total >= ?", q.minBeds());
        }
        if (q.minBaths() != null) {
            nonNegative("minBaths", BigDecimal.valueOf(q.minBaths()), violations);
            and("bathrooms_total_integer >= ?", q.minBaths());
        }
        if (q.propertyType() != null) {
            category(q.propertyType());
        }
        if (q.resoPropertyType() != null && !q.resoPropertyType().isBlank()) {
            and("property_type = ?", ResoLookups.propertyType(q.resoPropertyType()).orElseGet(() -> {
                violations.add(new FieldViolation("resoPropertyType", "is not a RESO PropertyType"));
                return "";
            }));
        }
        if (q.q() != null && !q.q().isBlank()) {
            if (q.q().length() > 200) {
                violations.add(new FieldViolation("q", "must be at most 200 characters"));
            }
            and("search_text @@ websearch_to_tsquery('english', ?)", q.q());
        }
    }

    private void category(PropertyCategory category) {
        switch (category) {
            case SINGLE_FAMILY -> and("property_sub_type = ?", "Single Family Residence");
            case CONDO -> and("property_sub_type = ?", "Condominium");
            case TOWNHOUSE -> and("property_sub_type = ?", "Townhouse");
            case MULTI_FAMILY -> and("property_sub_type = any(?)", (Object) MULTI_FAMILY.toArray(String[]::new));
            case LAND -> and("property_type = ?", "Land");
            case OTHER -> and("property_type is distinct from 'Land' and (property_sub_type is null "
                    + "or not property_sub_type = any(?))", (Object) NAMED_SUB_TYPES.toArray(String[]::new));
        }
    }

    private void after(SearchCursor cursor) {
        switch (sort) {
            case NEWEST -> and("(created_at, id) < (?, ?)", cursor.value(), cursor.id());
            case PRICE_ASC -> and("(list_price, id) > (?, ?)", cursor.value(), cursor.id());
            case PRICE_DESC -> and("(list_price, id) < (?, ?)", cursor.value(), cursor.id());
        }
    }

    private void and(String condition, Object... values) {
        where.append(" and ").append(condition);
        params.addAll(List.of(values));
    }

    String sql() {
        String order = switch (sort) {
            case NEWEST -> " order by created_at desc, id desc";
            case PRICE_ASC -> " order by list_price, id";
            case PRICE_DESC -> " order by list_price desc, id desc";
        };
        return ListingRepository.SELECT + where + order + " limit " + (limit + 1);
    }

    List<Object> params() {
        return params;
    }

    int limit() {
        return limit;
    }

    /** The page of the rows read ({@code limit + 1} at most: the extra one only says that there is more). */
    Page<Listing> page(List<Listing> rows) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        Listing last = rows.get(limit - 1);
        String key = sort == Sort.NEWEST ? last.createdAt().toString() : last.details().listPrice().toPlainString();
        return new Page<>(rows.subList(0, limit), new SearchCursor(sort, key, last.id()).encode());
    }

    private static String status(@Nullable String status, List<FieldViolation> violations) {
        if (status == null || status.isBlank()) {
            return "Active";
        }
        return ResoLookups.standardStatus(status).orElseGet(() -> {
            violations.add(new FieldViolation("status", "must be a RESO StandardStatus: "
                    + String.join(", ", ResoLookups.STANDARD_STATUS)));
            return "";
        });
    }

    private static BigDecimal nonNegative(String field, BigDecimal value, List<FieldViolation> violations) {
        if (value.signum() < 0) {
            violations.add(new FieldViolation(field, "must not be negative"));
        }
        return value;
    }
}
