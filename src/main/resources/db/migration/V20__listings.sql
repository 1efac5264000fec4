-- Listings: the properties an agency markets, with RESO Data Dictionary fields (protocols.md 5.1) as columns.
-- Lookup values (StandardStatus, PropertyType, PropertySubType) are stored in their RESO display form
-- ("Active Under Contract", "Single Family Residence"); the application normalises the compact spelling.
CREATE TABLE listing
(
    tenant_id                uuid           NOT NULL REFERENCES tenant (id),
    id                       uuid           NOT NULL,
    listing_key              varchar(255)   NOT NULL,
    listing_id               varchar(255),
    standard_status          varchar(25)    NOT NULL,
    property_type            varchar(50),
    property_sub_type        varchar(50),
    list_price               numeric(14, 2) NOT NULL,
    original_list_price      numeric(14, 2),
    bedrooms_total           integer,
    bathrooms_total_integer  integer,
    living_area              numeric(14, 2),
    lot_size_square_feet     numeric(14, 2),
    year_built               integer,
    unparsed_address         varchar(255),
    street_number            varchar(25),
    street_name              varchar(50),
    city                     varchar(50),
    state_or_province        varchar(2),
    postal_code              varchar(10),
    latitude                 numeric(12, 8),
    longitude                numeric(12, 8),
    public_remarks           varchar(4000),
    garage_spaces            numeric(5, 2),
    association_fee          numeric(14, 2),
    pets_allowed             text[],
    days_on_market           integer,
    list_agent_full_name     varchar(150),
    photo_urls               text[],
    created_at               timestamptz    NOT NULL,
    updated_at               timestamptz    NOT NULL,
    search_text              tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig,
        coalesce(unparsed_address, '') || ' ' || coalesce(city, '') || ' ' || coalesce(public_remarks, ''))) STORED,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX listing_key_idx ON listing (tenant_id, listing_key);
-- search: one index per sort order, each leading with tenant and status (every search filters on status)
CREATE INDEX listing_newest_idx ON listing (tenant_id, standard_status, created_at DESC, id DESC);
CREATE INDEX listing_price_idx ON listing (tenant_id, standard_status, list_price, id);
CREATE INDEX listing_city_idx ON listing (tenant_id, lower(city));
CREATE INDEX listing_postal_code_idx ON listing (tenant_id, postal_code);
-- btree_gin (a trusted extension: the database owner may create it) lets the GIN index lead with tenant_id
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX listing_search_text_idx ON listing USING gin (tenant_id, search_text);
ALTER TABLE listing ENABLE ROW LEVEL SECURITY;
ALTER TABLE listing FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON listing
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON listing TO "${app_user}";

-- One upload of listings (CSV or RESO JSON) and its progress; the file itself lives under the data folder.
-- errors holds at most the first 1,000 row errors ({row, listingKey, field, message}); errors_truncated
-- says that more rows failed than are listed (rows_failed still counts them all).
CREATE TABLE listing_import
(
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    id               uuid        NOT NULL,
    status           varchar(16) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    format           varchar(8)  NOT NULL CHECK (format IN ('CSV', 'JSON')),
    rows_total       integer,
    rows_done        integer     NOT NULL DEFAULT 0,
    rows_failed      integer     NOT NULL DEFAULT 0,
    errors           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    errors_truncated boolean     NOT NULL DEFAULT false,
    created_by       text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX listing_import_created_at_idx ON listing_import (tenant_id, created_at, id);
ALTER TABLE listing_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE listing_import FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON listing_import
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON listing_import TO "${app_user}";
