-- Identity: platform-wide accounts, tenant-owned memberships and API keys, and the API-key routing table.

-- Platform-level (identity module only): one account per person, found by email before a tenant is known.
CREATE TABLE account
(
    id            uuid        NOT NULL PRIMARY KEY,
    email         text        NOT NULL,
    name          text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT account_email_lower CHECK (email = lower(email))
);
CREATE UNIQUE INDEX account_email_key ON account (email);
GRANT SELECT, INSERT, UPDATE ON account TO "${app_user}";

-- Tenant-owned: a membership gives an account one role in one tenant. Its id is the "user id" of the API.
CREATE TABLE membership
(
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    id         uuid        NOT NULL,
    account_id uuid        NOT NULL REFERENCES account (id),
    role       text        NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'AGENT', 'VIEWER')),
    status     text        NOT NULL CHECK (status IN ('ACTIVE', 'INVITED', 'DEACTIVATED')),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX membership_account_key ON membership (tenant_id, account_id);
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON membership TO "${app_user}";

-- Tenant-owned: the key's metadata. The secret itself is never stored, only its SHA-256.
CREATE TABLE api_key
(
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    name          text        NOT NULL,
    prefix        text        NOT NULL,
    scopes        text[]      NOT NULL,
    created_by    uuid,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES membership (tenant_id, id)
);
CREATE INDEX api_key_created_at_idx ON api_key (tenant_id, created_at, id);
ALTER TABLE api_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_key
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON api_key TO "${app_user}";

-- Platform-level routing (identity module only): the hash of a presented key leads to its tenant and key id,
-- and nothing else. Everything about the key is read afterwards, under that tenant's context.
CREATE TABLE api_key_route
(
    key_hash   bytea NOT NULL PRIMARY KEY,
    tenant_id  uuid  NOT NULL REFERENCES tenant (id),
    api_key_id uuid  NOT NULL
);
GRANT SELECT, INSERT, DELETE ON api_key_route TO "${app_user}";
