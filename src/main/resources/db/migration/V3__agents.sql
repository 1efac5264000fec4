-- Voice agents: the configured AI persona that talks to callers.
CREATE TABLE voice_agent
(
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    id         uuid        NOT NULL,
    name       text        NOT NULL,
    greeting   text        NOT NULL,
    language   text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX voice_agent_created_at_idx ON voice_agent (tenant_id, created_at, id);
ALTER TABLE voice_agent ENABLE ROW LEVEL SECURITY;
ALTER TABLE voice_agent FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON voice_agent
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON voice_agent TO "${app_user}";
