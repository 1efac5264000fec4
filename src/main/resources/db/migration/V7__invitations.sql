-- Team management: invitations (a pending membership has no account yet).

ALTER TABLE membership ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE membership ADD COLUMN invited_email text;
-- A pending membership has an invited e-mail and no account; a cancelled invitation keeps its e-mail.
ALTER TABLE membership ADD CONSTRAINT membership_account_or_invitation CHECK (
    (status = 'INVITED' AND account_id IS NULL AND invited_email IS NOT NULL)
        OR (status <> 'INVITED' AND (account_id IS NOT NULL OR invited_email IS NOT NULL)));
CREATE UNIQUE INDEX membership_invited_email_key ON membership (tenant_id, invited_email) WHERE status = 'INVITED';

-- Tenant-owned: the single-use invitation behind a pending membership (the link's secret is only hashed).
CREATE TABLE invitation
(
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    membership_id uuid        NOT NULL,
    created_by    uuid,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    accepted_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id)
);
CREATE INDEX invitation_membership_idx ON invitation (tenant_id, membership_id);
ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitation
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE ON invitation TO "${app_user}";

CREATE TABLE invitation_route
(
    token_hash    bytea NOT NULL PRIMARY KEY,
    tenant_id     uuid  NOT NULL REFERENCES tenant (id),
    invitation_id uuid  NOT NULL
);
GRANT SELECT, INSERT, DELETE ON invitation_route TO "${app_user}";
