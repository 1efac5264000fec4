-- Leads: people who may buy, sell or rent, what we learned about them, their history, notes and follow-up tasks.
-- Every table is tenant-owned (forced row-level security); keys, indexes and foreign keys lead with tenant_id.

CREATE TABLE lead
(
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    id               uuid        NOT NULL,
    first_name       text,
    last_name        text,
    phone            text,                      -- E.164
    email            text CHECK (email = lower(email)),
    intent           text CHECK (intent IN ('BUY', 'SELL', 'RENT', 'INVEST')),
    areas            text[]      NOT NULL DEFAULT '{}',
    property_type    text CHECK (property_type IN ('SINGLE_FAMILY', 'CONDO', 'TOWNHOUSE', 'MULTI_FAMILY', 'LAND', 'OTHER')),
    budget_min       integer CHECK (budget_min >= 0),
    budget_max       integer CHECK (budget_max >= 0),
    bedrooms_min     integer CHECK (bedrooms_min >= 0),
    bathrooms_min    integer CHECK (bathrooms_min >= 0),
    timeline         text CHECK (timeline IN ('NOW', 'ONE_TO_THREE_MONTHS', 'THREE_TO_SIX_MONTHS', 'LATER', 'UNKNOWN')),
    financing        text CHECK (financing IN ('PRE_APPROVED', 'CASH', 'NEEDS_LENDER', 'UNKNOWN')),
    motivation       text,
    must_haves       text[]      NOT NULL DEFAULT '{}',
    time_zone        text        NOT NULL,
    stage            text        NOT NULL CHECK (stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SET',
                                                           'UNDER_CONTRACT', 'CLOSED_WON', 'CLOSED_LOST')),
    score            integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    hot              boolean     NOT NULL,
    do_not_call      boolean     NOT NULL DEFAULT false,
    source           text        NOT NULL,
    assigned_user_id uuid,
    conversation_ids uuid[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, assigned_user_id) REFERENCES membership (tenant_id, id)
);
-- One lead per phone number and per e-mail address in a tenant: a second contact merges into the first.
-- Partial (only where known) and leading with tenant_id, so the same person may be a lead of two agencies.
CREATE UNIQUE INDEX lead_phone_key ON lead (tenant_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX lead_email_key ON lead (tenant_id, email) WHERE email IS NOT NULL;
CREATE INDEX lead_created_at_idx ON lead (tenant_id, created_at, id);
CREATE INDEX lead_stage_idx ON lead (tenant_id, stage, created_at, id);
CREATE INDEX lead_assigned_idx ON lead (tenant_id, assigned_user_id, created_at, id) WHERE assigned_user_id IS NOT NULL;
ALTER TABLE lead ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lead
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON lead TO "${app_user}";

-- The lead's history: every change with who (actor) and when. Append-only for the runtime role; rows go only
-- with their lead (a privacy erasure deletes the lead, and the cascade runs with the owner's rights).
CREATE TABLE lead_timeline
(
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    lead_id     uuid        NOT NULL,
    occurred_at timestamptz NOT NULL,
    actor_type  text        NOT NULL,
    actor_id    text,
    kind        text        NOT NULL,
    from_value  text,
    to_value    text,
    note        text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES lead (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX lead_timeline_lead_idx ON lead_timeline (tenant_id, lead_id, occurred_at, id);
ALTER TABLE lead_timeline ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead_timeline FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lead_timeline
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT ON lead_timeline TO "${app_user}";

-- Staff notes on a lead. Kept as written (no edit, no delete) until the lead is erased.
CREATE TABLE lead_note
(
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    lead_id     uuid        NOT NULL,
    body        text        NOT NULL,
    author_type text        NOT NULL,
    author_id   text,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES lead (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX lead_note_lead_idx ON lead_note (tenant_id, lead_id, created_at, id);
ALTER TABLE lead_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead_note FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lead_note
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT ON lead_note TO "${app_user}";

-- Follow-up work for staff about a lead (callbacks, follow-ups).
CREATE TABLE task
(
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    lead_id          uuid        NOT NULL,
    type             text        NOT NULL CHECK (type IN ('CALLBACK', 'FOLLOW_UP')),
    due_at           timestamptz,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    note             text,
    assigned_user_id uuid,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES lead (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, assigned_user_id) REFERENCES membership (tenant_id, id)
);
CREATE INDEX task_lead_idx ON task (tenant_id, lead_id, created_at, id);
CREATE INDEX task_status_idx ON task (tenant_id, status, created_at, id);
CREATE INDEX task_assigned_idx ON task (tenant_id, assigned_user_id, status, created_at, id) WHERE assigned_user_id IS NOT NULL;
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
ALTER TABLE task FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON task
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE ON task TO "${app_user}";
