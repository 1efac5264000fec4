-- Audit log: an append-only hash chain per tenant, and one for the platform.
--
-- Each row's hash is SHA-256(prev_hash || canonical bytes of the row), computed by the application (audit
-- module, ChainHash); the first row of a chain has 32 zero bytes as prev_hash. Appends take a transaction-level
-- advisory lock per chain, so seq and prev_hash never fork. The runtime role may only read and append: no
-- UPDATE, no DELETE, no TRUNCATE. The owner role can still change rows; verification then finds the break.

-- Tenant-owned: the security-relevant facts of one agency.
CREATE TABLE audit_event
(
    tenant_id   uuid        NOT NULL REFERENCES tenant (id),
    seq         bigint      NOT NULL CHECK (seq >= 1),
    id          uuid        NOT NULL,
    occurred_at timestamptz NOT NULL,
    action      text        NOT NULL,
    actor_type  text        NOT NULL,
    actor_id    text,
    target      text,
    outcome     text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    ip          text,
    prev_hash   bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (tenant_id, seq)
);
CREATE UNIQUE INDEX audit_event_id_key ON audit_event (tenant_id, id);
CREATE INDEX audit_event_action_idx ON audit_event (tenant_id, action, seq);
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_event
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
REVOKE ALL ON audit_event FROM "${app_user}";
GRANT SELECT, INSERT ON audit_event TO "${app_user}";

-- Platform-level: operator actions, failed sign-in for an unknown e-mail, anything without a tenant. It has no
-- tenant_id column on purpose (every table with one must be under a tenant policy): the tenant an operator
-- acted on is named in target ('tenant:<uuid>').
CREATE TABLE platform_audit_event
(
    seq         bigint      NOT NULL PRIMARY KEY CHECK (seq >= 1),
    id          uuid        NOT NULL,
    occurred_at timestamptz NOT NULL,
    action      text        NOT NULL,
    actor_type  text        NOT NULL,
    actor_id    text,
    target      text,
    outcome     text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    ip          text,
    prev_hash   bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32)
);
CREATE UNIQUE INDEX platform_audit_event_id_key ON platform_audit_event (id);
CREATE INDEX platform_audit_event_action_idx ON platform_audit_event (action, seq);
REVOKE ALL ON platform_audit_event FROM "${app_user}";
GRANT SELECT, INSERT ON platform_audit_event TO "${app_user}";
