package ai.seiketsu.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.listings.ListingQuery.Sort;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.listings.PropertyCategory;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.TestDatabase;
import ai.seiketsu.support.TestTenants;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing search latency through {@link Listings#search} (the voice agent's path; HTTP adds the same few tenths of
 * a millisecond as any endpoint): 50,000 listings in the measured tenant among 20 tenants of 50,000 each (1 M rows),
 * seeded with {@code generate_series} as the owner role. A mix of typical searches, 200 warm-up then 2,000
 * measured. Bar: p95 under 20 ms.
 */
@IntegrationTest
@Tag("benchmark")
class ListingSearchBenchmark {

    private static final int TENANTS = 20;
    private static final int PER_TENANT = 50_000;
    private static final String[] CITIES = { "Austin", "Dallas", "Houston", "Plano", "Waco", "Tyler", "Frisco",
            "Denton", "Irving", "Allen" };

    private static final List<String> SHAPES = List.of("active, newest", "city", "city, 3+ beds, 2+ baths, price range",
            "CONDO under 400k", "q=pool garage", "city, q=renovated kitchen", "4+ beds, price ascending",
            "city, price descending", "q=one street number (rare)");

    @Autowired
    Provisioning provisioning;
    @Autowired
    Listings listings;

    @Test
    void searchLatency() throws SQLException {
        List<TenantId> tenants = java.util.stream.IntStream.range(0, TENANTS).mapToObj(i -> provisioning
                .provision(TestTenants.request(TestTenants.uniqueSlug("search-bench"))).tenant().id()).toList();
        long seeding = System.nanoTime();
        for (TenantId tenant : tenants) {
            seed(tenant);
        }
        seeding = System.nanoTime() - seeding;
        TenantId measured = tenants.get(TENANTS / 2);
        List<Supplier<ListingQuery>> queries = List.of(
                () -> ListingQuery.active(),
                () -> ListingQuery.active().withCity(city()),
                () -> ListingQuery.active().withCity(city()).withRooms(3, 2)
                        .withPrice(BigDecimal.valueOf(300_000), BigDecimal.valueOf(600_000)),
                () -> ListingQuery.active().withPropertyType(PropertyCategory.CONDO).withPrice(null,
                        BigDecimal.valueOf(400_000)),
                () -> ListingQuery.active().withText("pool garage"),
                () -> ListingQuery.active().withCity(city()).withText("renovated kitchen"),
                () -> sorted(ListingQuery.active().withRooms(4, null), Sort.PRICE_ASC),
                () -> sorted(ListingQuery.active().withCity(city()), Sort.PRICE_DESC),
                // a rare word (one listing's street number): nothing to stop early for, the worst case of q
                () -> ListingQuery.active().withText(java.util.concurrent.ThreadLocalRandom.current()
                        .nextInt(1, PER_TENANT + 1) + " Main"));
        Percentiles all = new Percentiles();
        List<Percentiles> byShape = queries.stream().map(q -> new Percentiles()).toList();
        int found = 0;
        for (int i = 0; i < 2_200; i++) {
            ListingQuery query = queries.get(i % queries.size()).get();
            long start = System.nanoTime();
            int n = TenantContext.call(measured, () -> listings.search(query)).items().size();
            if (i >= 200) {
                long took = System.nanoTime() - start;
                all.add(took);
                byShape.get(i % queries.size()).add(took);
                found += n;
            }
        }
        String report = String.format(Locale.ROOT, """
                Listing search (Listings.search, %d query shapes round robin), %d listings in the tenant among %d tenants \
                (%d rows), 2000 measured after 200 warm-up (%d cores, %s)
                  %s   p95 %.3f ms   (avg %.1f hits per page; seeding %.1f s)
                """, SHAPES.size(), PER_TENANT, TENANTS, TENANTS * PER_TENANT, Runtime.getRuntime().availableProcessors(),
                Percentiles.database(), all.summary(), all.percentile(95), found / 2000.0, seeding / 1e9);
        StringBuilder shapes = new StringBuilder();
        for (int s = 0; s < SHAPES.size(); s++) {
            shapes.append(String.format(Locale.ROOT, "    %-44s p50 %7.3f ms   p95 %7.3f ms%n", SHAPES.get(s),
                    byShape.get(s).percentile(50), byShape.get(s).percentile(95)));
        }
        Percentiles.write("listing-search", report + shapes);
        assertThat(found).isPositive();
    }

    private static ListingQuery sorted(ListingQuery query, Sort sort) {
        return new ListingQuery(query.city(), query.postalCode(), query.minPrice(), query.maxPrice(), query.minBeds(),
                query.minBaths(), query.propertyType(), query.resoPropertyType(), query.status(), query.q(), sort,
                query.limit(), null);
    }

    private static String city() {
        return CITIES[java.util.concurrent.ThreadLocalRandom.current().nextInt(CITIES.length)];
    }

    /** 50,000 rows in one statement, as the owner role inside the tenant (row-level security still applies). */
    private static void seed(TenantId tenant) throws SQLException {
        try (Connection c = TestDatabase.get().ownerDataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                s.setString(1, tenant.toString());
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into listing (tenant_id, id, listing_key, standard_status, property_type, property_sub_type,
                        list_price, bedrooms_total, bathrooms_total_integer, living_area, city, state_or_province,
                        postal_code, unparsed_address, public_remarks, pets_allowed, photo_urls, created_at, updated_at)
                    select ?, gen_random_uuid(), 'L-' || g,
                           (array['Active','Active','Active','Active','Pending','Closed','Active Under Contract'])[1 + g % 7],
                           case when g % 20 = 0 then 'Land' when g % 9 = 0 then 'Residential Lease' else 'Residential' end,
                           (array['Single Family Residence','Condominium','Townhouse','Duplex','Single Family Residence'])[1 + g % 5],
                           100000 + (g * 7919) % 900000, 1 + g % 6, 1 + g % 4, 800 + g % 3000,
                           (array['Austin','Dallas','Houston','Plano','Waco','Tyler','Frisco','Denton','Irving','Allen'])[1 + g % 10],
                           'TX', (75000 + g % 900)::text, g || ' Main Street',
                           (array['Renovated kitchen and a pool','Two car garage, quiet street','Close to schools and parks',
                                  'Open floor plan with a big yard','New roof, garage and pool'])[1 + g % 5]
                             || ' listing number ' || g,
                           array['Cats OK'], array['https://img.example/' || g || '.jpg'],
                           now() - make_interval(secs => g), now()
                      from generate_series(1, ?) g""")) {
                s.setObject(1, tenant.value());
                s.setInt(2, PER_TENANT);
                s.executeUpdate();
            }
            c.commit();
            // in its own committed transaction: an ANALYZE left in the open one is rolled back with it when the
            // connection closes, and the planner then keeps estimating an empty table (25 rows for a whole tenant)
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("analyze listing")) {
                s.execute();
            }
        }
    }

}
