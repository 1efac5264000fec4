package ai.seiketsu.listings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingDetails;
import ai.seiketsu.listings.ListingPlaces;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant-owned {@code listing} table; row-level security scopes every statement to the current tenant, so no
 * query here names a tenant except to write it.
 */
@Repository
public class ListingRepository {

    /** The RESO columns in one place, so that insert, upsert, update and the row mapper cannot drift apart. */
    private static final List<Column> COLUMNS = List.of(
            new Column("listing_key", ListingDetails::listingKey),
            new Column("listing_id", ListingDetails::listingId),
            new Column("standard_status", ListingDetails::standardStatus),
            new Column("property_type", ListingDetails::propertyType),
            new Column("property_sub_type", ListingDetails::propertySubType),
            new Column("list_price", ListingDetails::listPrice),
            new Column("original_list_price", ListingDetails::originalListPrice),
            new Column("bedrooms_total", ListingDetails::bedroomsTotal),
            new Column("bathrooms_total_integer", ListingDetails::bathroomsTotalInteger),
            new Column("living_area", ListingDetails::livingArea),
            new Column("lot_size_square_feet", ListingDetails::lotSizeSquareFeet),
            new Column("year_built", ListingDetails::yearBuilt),
            new Column("unparsed_address", ListingDetails::unparsedAddress),
            new Column("street_number", ListingDetails::streetNumber),
            new Column("street_name", ListingDetails::streetName),
            new Column("city", ListingDetails::city),
            new Column("state_or_province", ListingDetails::stateOrProvince),
            new Column("postal_code", ListingDetails::postalCode),
            new Column("latitude", ListingDetails::latitude),
            new Column("longitude", ListingDetails::longitude),
            new Column("public_remarks", ListingDetails::publicRemarks),
            new Column("garage_spaces", ListingDetails::garageSpaces),
            new Column("association_fee", ListingDetails::associationFee),
            new Column("pets_allowed", d -> d.petsAllowed().toArray(String[]::new)),
            new Column("days_on_market", ListingDetails::daysOnMarket),
            new Column("list_agent_full_name", ListingDetails::listAgentFullName),
            new Column("photo_urls", d -> d.photoUrls().toArray(String[]::new)));
    private static final String NAMES = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    static final String SELECT = "select id, " + NAMES + ", created_at, updated_at from listing";
    private static final String INSERT = "insert into listing (tenant_id, id, " + NAMES
            + ", created_at, updated_at) values (?, ?, " + "?, ".repeat(COLUMNS.size()) + "?, ?)";
    private static final String UPSERT = INSERT + " on conflict (tenant_id, listing_key) do update set "
            + COLUMNS.stream().map(c -> c.name() + " = excluded." + c.name()).collect(Collectors.joining(", "))
            + ", updated_at = excluded.updated_at";
    private static final String UPDATE = "update listing set "
            + COLUMNS.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
            + ", updated_at = ? where id = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ListingRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public void insert(TenantId tenant, Listing listing) {
        jdbc.sql(INSERT).params(row(tenant, listing.id(), listing.details(), listing.createdAt())).update();
    }

    /** Inserts or, for a ListingKey the tenant already has, replaces the RESO fields (one JDBC batch). */
    public void upsert(TenantId tenant, List<ListingDetails> listings, Instant now) {
        List<Object[]> rows = listings.stream().map(d -> row(tenant, UUID.randomUUID(), d, now)).toList();
        batches.batchUpdate(UPSERT, rows);
    }

    public boolean update(UUID id, ListingDetails details, Instant now) {
        List<@Nullable Object> params = new ArrayList<>(COLUMNS.stream().map(c -> c.value(details)).toList());
        params.add(Timestamp.from(now));
        params.add(id);
        return jdbc.sql(UPDATE).params(params).update() == 1;
    }

    public boolean delete(UUID id) {
        return jdbc.sql("delete from listing where id = ?").param(id).update() == 1;
    }

    public Optional<Listing> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ListingRepository::map).optional();
    }

    public ListingPlaces places() {
        List<String> cities = jdbc.sql("select distinct city from listing where city is not null and city <> '' "
                + "order by city limit 5000").query(String.class).list();
        List<String> postalCodes = jdbc.sql("select distinct postal_code from listing where postal_code is not null "
                + "and postal_code <> '' order by postal_code limit 5000").query(String.class).list();
        return new ListingPlaces(cities, postalCodes);
    }

    public Optional<Listing> findByKey(String listingKey) {
        return jdbc.sql(SELECT + " where listing_key = ?").param(listingKey).query(ListingRepository::map)
                .optional();
    }

    /**
     * Runs a search. Its plan is made for these very values ({@code plan_cache_mode}, for this transaction only):
     * a cached generic plan cannot know that "pool" matches a fifth of the listings and a street name three, and
     * for full-text queries it picks the text index and sorts every match instead of walking the sort order.
     * Measured in docs/benchmarks.md. Must run inside a transaction.
     */
    public Page<Listing> search(ListingSearch search) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<Listing> rows = jdbc.sql(search.sql()).params(search.params()).query(ListingRepository::map).list();
        return search.page(rows);
    }

    private static Object[] row(TenantId tenant, UUID id, ListingDetails details, Instant createdAt) {
        List<@Nullable Object> values = new ArrayList<>();
        values.add(tenant.value());
        values.add(id);
        COLUMNS.forEach(c -> values.add(c.value(details)));
        values.add(Timestamp.from(createdAt));
        values.add(Timestamp.from(createdAt));
        return values.toArray();
    }

    static Listing map(ResultSet rs, int row) throws SQLException {
        ListingDetails details = new ListingDetails(rs.getString("listing_key"), rs.getString("listing_id"),
                rs.getString("standard_status"), rs.getString("property_type"), rs.getString("property_sub_type"),
                rs.getBigDecimal("list_price"), rs.getBigDecimal("original_list_price"),
                rs.getObject("bedrooms_total", Integer.class), rs.getObject("bathrooms_total_integer", Integer.class),
                rs.getBigDecimal("living_area"), rs.getBigDecimal("lot_size_square_feet"),
                rs.getObject("year_built", Integer.class), rs.getString("unparsed_address"),
                rs.getString("street_number"), rs.getString("street_name"), rs.getString("city"),
                rs.getString("state_or_province"), rs.getString("postal_code"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), rs.getString("public_remarks"), rs.getBigDecimal("garage_spaces"),
                rs.getBigDecimal("association_fee"), strings(rs.getArray("pets_allowed")),
                rs.getObject("days_on_market", Integer.class), rs.getString("list_agent_full_name"),
                strings(rs.getArray("photo_urls")));
        return new Listing(rs.getObject("id", UUID.class), details, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private record Column(String name, Function<ListingDetails, @Nullable Object> accessor) {

        @Nullable Object value(ListingDetails details) {
            return accessor.apply(details);
        }
    }
}
