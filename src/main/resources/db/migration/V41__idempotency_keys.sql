-- Idempotency-Key of the tenant's POST requests: the first request's fingerprint, and once it has finished, its
-- answer (status, a few headers, body encrypted because it may hold a secret shown once). Kept 24 hours.
CREATE TABLE idempotency_key
(
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    key              text        NOT NULL,
    request_method   text        NOT NULL,
    request_path     text        NOT NULL,
    request_hash     bytea       NOT NULL,
    status_code      integer,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz NOT NULL,
    completed_at     timestamptz,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (tenant_id, created_at);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_key
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO "${app_user}";
