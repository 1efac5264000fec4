-- The guided brain's state of each conversation it runs (what the caller said, what was offered and booked, where
-- the dialogue stands), written after every turn so that a dropped call loses nothing and a text conversation can go
-- on on any node. Tenant-owned (forced row-level security); one row per conversation, removed with it.
CREATE TABLE dialogue_state
(
    tenant_id       uuid        NOT NULL,
    conversation_id uuid        NOT NULL,
    agent_id        uuid        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('PHONE', 'WEB_VOICE', 'WEB_CHAT', 'API_TEXT')),
    state           jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id),
    FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE dialogue_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE dialogue_state FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dialogue_state
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON dialogue_state TO "${app_user}";
