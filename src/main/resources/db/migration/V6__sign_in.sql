-- Sign-in: which tenants an account belongs to (found before any tenant is known), and refresh tokens.

-- Platform-level routing (identity module only): an account leads to its memberships' ids, nothing else.
-- Role, status and everything else about a membership are read afterwards under that tenant's context.
CREATE TABLE membership_route
(
    account_id    uuid NOT NULL REFERENCES account (id),
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    membership_id uuid NOT NULL,
    PRIMARY KEY (account_id, tenant_id)
);
GRANT SELECT, INSERT, DELETE ON membership_route TO "${app_user}";

INSERT INTO membership_route (account_id, tenant_id, membership_id)
SELECT account_id, tenant_id, id FROM membership;

-- Tenant-owned: refresh tokens, rotated on every use. A family is one sign-in and every token rotated from it;
-- presenting a token that was already rotated revokes the whole family (it was stolen, or replayed).
CREATE TABLE refresh_token
(
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    family_id     uuid        NOT NULL,
    membership_id uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    rotated_at    timestamptz,
    revoked_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id)
);
CREATE INDEX refresh_token_family_idx ON refresh_token (tenant_id, family_id);
CREATE INDEX refresh_token_membership_idx ON refresh_token (tenant_id, membership_id);
ALTER TABLE refresh_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_token FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON refresh_token
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE ON refresh_token TO "${app_user}";

-- Platform-level routing: the hash of a presented refresh token leads to its tenant and row.
CREATE TABLE refresh_token_route
(
    token_hash       bytea NOT NULL PRIMARY KEY,
    tenant_id        uuid  NOT NULL REFERENCES tenant (id),
    refresh_token_id uuid  NOT NULL
);
GRANT SELECT, INSERT, DELETE ON refresh_token_route TO "${app_user}";
