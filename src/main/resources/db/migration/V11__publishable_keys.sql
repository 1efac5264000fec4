-- Publishable keys (pk_): one voice agent's key for the agency's website. It may only start and continue
-- conversations with that agent; the secret is stored only as its SHA-256.
CREATE TABLE publishable_key
(
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    agent_id     uuid        NOT NULL,
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    created_by   uuid,
    created_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, agent_id) REFERENCES voice_agent (tenant_id, id)
);
CREATE INDEX publishable_key_agent_idx ON publishable_key (tenant_id, agent_id, created_at, id);
ALTER TABLE publishable_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE publishable_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON publishable_key
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE ON publishable_key TO "${app_user}";

-- Platform-level routing: the hash of a presented pk_ key leads to its tenant, key and agent, nothing else.
CREATE TABLE publishable_key_route
(
    key_hash           bytea NOT NULL PRIMARY KEY,
    tenant_id          uuid  NOT NULL REFERENCES tenant (id),
    publishable_key_id uuid  NOT NULL,
    agent_id           uuid  NOT NULL
);
GRANT SELECT, INSERT ON publishable_key_route TO "${app_user}";
