-- Spring Modulith's event publication registry (the outbox), schema v2 for PostgreSQL as shipped in
-- spring-modulith-events-jdbc 2.0.3; its own schema initialization is switched off.
-- Events carry ids only (never personal data), which is why this table sits outside row-level security.
CREATE TABLE event_publication
(
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO "${app_user}";
