-- Listing search: city searches (the most common ones, from callers and staff) walk an index in their sort order
-- and stop after one page, instead of visiting every listing of the agency's status to find the city's
-- (measured in docs/benchmarks.md, ListingSearchBenchmark). The same for searches by property sub-type.
DROP INDEX listing_city_idx;
CREATE INDEX listing_city_newest_idx ON listing (tenant_id, standard_status, lower(city), created_at DESC, id DESC);
CREATE INDEX listing_city_price_idx ON listing (tenant_id, standard_status, lower(city), list_price, id);
CREATE INDEX listing_sub_type_newest_idx ON listing (tenant_id, standard_status, property_sub_type, created_at DESC,
                                                     id DESC);
