-- Platform foundation: the runtime role, the tenant-context function and the tenant registry.
--
-- Two roles touch this database. The configured (owner) role runs these migrations and owns every object.
-- The runtime role (${app_user}) is what the application's pool connects as: it may not bypass row-level
-- security, owns nothing and gets only the grants each migration gives it explicitly.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_user}') THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT',
                       '${app_user}');
    END IF;
EXCEPTION
    -- roles are cluster-wide: another database's migration may have created it a moment ago
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO "${app_user}";

-- The tenant of the current transaction, or NULL when none was set. A transaction-local setting leaves ''
-- behind in a pooled session after the transaction ends, hence nullif: both fail closed (no row matches).
CREATE FUNCTION app.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

REVOKE ALL ON FUNCTION app.current_tenant() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.current_tenant() TO "${app_user}";

-- Platform-level: a tenant must be found (by slug, by id) before any tenant context exists.
CREATE TABLE tenant
(
    id                       uuid        NOT NULL PRIMARY KEY,
    slug                     text        NOT NULL,
    name                     text        NOT NULL,
    plan                     text        NOT NULL CHECK (plan IN ('STARTER', 'PROFESSIONAL', 'ENTERPRISE')),
    status                   text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    time_zone                text        NOT NULL,
    max_members              integer     NOT NULL CHECK (max_members >= 0),
    max_voice_agents         integer     NOT NULL CHECK (max_voice_agents >= 0),
    max_concurrent_calls     integer     NOT NULL CHECK (max_concurrent_calls >= 0),
    monthly_voice_minutes    integer     NOT NULL CHECK (monthly_voice_minutes >= 0),
    api_requests_per_second  integer     NOT NULL CHECK (api_requests_per_second >= 0),
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    CONSTRAINT tenant_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$')
);
CREATE UNIQUE INDEX tenant_slug_key ON tenant (slug);
CREATE INDEX tenant_created_at_idx ON tenant (created_at, id);

GRANT SELECT, INSERT, UPDATE ON tenant TO "${app_user}";
