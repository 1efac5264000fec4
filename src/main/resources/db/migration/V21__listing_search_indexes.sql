-- Listing search: city searches (the most common ones, from callers and staff) walk an index in their sort order
-- and stop after one page, instead of visiting every listing of the status to find the city's (measured in
-- docs/benchmarks.md, ListingSearchBenchmark). The same for searches by property sub-type.
--
-- Under row-level security PostgreSQL uses a query's condition in an index only if its functions are leakproof
-- (they may not run before the policy has filtered the rows). lower() is not, so an index on lower(city) is never
-- used: the lower-cased city is stored instead, and compared with plain, leakproof text equality.
ALTER TABLE listing ADD COLUMN city_key varchar(50) GENERATED ALWAYS AS (lower(city)) STORED;
DROP INDEX listing_city_idx;
CREATE INDEX listing_city_newest_idx ON listing (tenant_id, standard_status, city_key, created_at DESC, id DESC);
CREATE INDEX listing_city_price_idx ON listing (tenant_id, standard_status, city_key, list_price, id);
CREATE INDEX listing_sub_type_newest_idx ON listing (tenant_id, standard_status, property_sub_type, created_at DESC,
                                                     id DESC);
