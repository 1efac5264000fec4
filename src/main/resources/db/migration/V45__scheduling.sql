-- Scheduling: each team member's weekly availability and the appointments booked with them.
-- Both tables are tenant-owned (forced row-level security); keys, indexes and foreign keys lead with tenant_id.

-- btree_gist (trusted: the database owner may create it) lets one GiST index combine equality on the tenant and
-- the member with overlap of time ranges: the exclusion constraint below.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One row per team member who takes appointments: weekly windows in the tenant's time zone
-- ([{"day":"MONDAY","start":"09:00","end":"17:00"}, ...]), dates off, and the buffer kept free around bookings.
CREATE TABLE availability
(
    tenant_id      uuid        NOT NULL,
    user_id        uuid        NOT NULL,
    weekly         jsonb       NOT NULL DEFAULT '[]',
    days_off       date[]      NOT NULL DEFAULT '{}',
    buffer_minutes integer     NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES membership (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE availability ENABLE ROW LEVEL SECURITY;
ALTER TABLE availability FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON availability
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE ON availability TO "${app_user}";

-- A showing or consultation booked for a lead with a team member. Appointments go with their lead (a privacy
-- erasure deletes the lead); a deleted listing leaves the appointment without one.
CREATE TABLE appointment
(
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    id         uuid        NOT NULL,
    lead_id    uuid        NOT NULL,
    listing_id uuid,
    user_id    uuid        NOT NULL,
    type       text        NOT NULL CHECK (type IN ('SHOWING', 'CONSULTATION', 'LISTING_APPOINTMENT')),
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    status     text        NOT NULL CHECK (status IN ('SCHEDULED', 'CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_at > starts_at),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES lead (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, listing_id) REFERENCES listing (tenant_id, id) ON DELETE SET NULL (listing_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES membership (tenant_id, id),
    -- A team member is never double-booked, whatever the application does: two open appointments of the same
    -- member in the same tenant may not overlap (half-open ranges, so back-to-back is allowed).
    CONSTRAINT appointment_no_double_booking EXCLUDE USING gist (
        tenant_id WITH =, user_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('SCHEDULED', 'CONFIRMED'))
);
CREATE INDEX appointment_user_idx ON appointment (tenant_id, user_id, starts_at, id);
CREATE INDEX appointment_lead_idx ON appointment (tenant_id, lead_id, starts_at, id);
CREATE INDEX appointment_starts_idx ON appointment (tenant_id, starts_at, id);
CREATE INDEX appointment_listing_idx ON appointment (tenant_id, listing_id) WHERE listing_id IS NOT NULL;
ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON appointment
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE ON appointment TO "${app_user}";
