-- Subscribable calendar feeds: a calendar app fetches a member's appointments with a secret URL and no bearer, so
-- the tenant must be found from the token first. A platform routing table like the others: the token's SHA-256
-- maps to ids only (tenant, member); no tenant policy, and only the scheduling module touches it.
CREATE TABLE calendar_feed_route
(
    token_hash bytea NOT NULL PRIMARY KEY,
    tenant_id  uuid  NOT NULL REFERENCES tenant (id),
    user_id    uuid  NOT NULL
);
-- one feed per member: issuing a new one replaces the old
CREATE UNIQUE INDEX calendar_feed_route_member_key ON calendar_feed_route (tenant_id, user_id);
GRANT SELECT, INSERT, DELETE ON calendar_feed_route TO "${app_user}";
