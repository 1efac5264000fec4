-- Voice agent configuration: persona, language, greeting, recording, voice, turn-taking, business hours,
-- transfer and phone numbers. Existing agents (and inserts that name only the V3 columns) get the defaults.
ALTER TABLE voice_agent
    ADD COLUMN persona                  text          NOT NULL DEFAULT '',
    ADD COLUMN tone                     text          NOT NULL DEFAULT 'warm and professional',
    ADD COLUMN recording_enabled        boolean       NOT NULL DEFAULT true,
    ADD COLUMN recording_disclosure     text          NOT NULL DEFAULT 'This call is recorded.',
    ADD COLUMN voice_engine             text          NOT NULL DEFAULT 'EMBEDDED',
    ADD COLUMN voice_id                 text          NOT NULL DEFAULT 'default',
    ADD COLUMN voice_speed              numeric(3, 2) NOT NULL DEFAULT 1.00,
    ADD COLUMN end_of_turn_silence_ms   integer       NOT NULL DEFAULT 700,
    ADD COLUMN interruption_sensitivity text          NOT NULL DEFAULT 'MEDIUM',
    ADD COLUMN business_hours           jsonb,
    ADD COLUMN time_zone                text          NOT NULL DEFAULT 'UTC',
    ADD COLUMN after_hours_message      text          NOT NULL DEFAULT '',
    ADD COLUMN transfer_number          text,
    ADD COLUMN phone_number             text,
    ADD COLUMN deleted_at               timestamptz,
    ADD CONSTRAINT voice_agent_language_check CHECK (language IN ('en', 'es')),
    ADD CONSTRAINT voice_agent_voice_engine_check CHECK (voice_engine IN ('EMBEDDED', 'ELEVENLABS')),
    ADD CONSTRAINT voice_agent_voice_speed_check CHECK (voice_speed BETWEEN 0.5 AND 2.0),
    ADD CONSTRAINT voice_agent_silence_check CHECK (end_of_turn_silence_ms BETWEEN 200 AND 5000),
    ADD CONSTRAINT voice_agent_sensitivity_check CHECK (interruption_sensitivity IN ('LOW', 'MEDIUM', 'HIGH')),
    ADD CONSTRAINT voice_agent_transfer_number_check CHECK (transfer_number ~ '^\+[1-9][0-9]{6,14}$'),
    ADD CONSTRAINT voice_agent_phone_number_check CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$');

-- Within the tenant as a second guard; across tenants the routing table's primary key decides.
CREATE UNIQUE INDEX voice_agent_phone_number_idx ON voice_agent (tenant_id, phone_number)
    WHERE phone_number IS NOT NULL AND deleted_at IS NULL;

-- Platform-level routing: a called number leads to its tenant and agent, nothing else. Its primary key makes a
-- number belong to at most one agent of the whole platform, also when two agencies claim it at the same time.
CREATE TABLE phone_number_route
(
    phone_number text NOT NULL PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    agent_id     uuid NOT NULL
);
GRANT SELECT, INSERT, DELETE ON phone_number_route TO "${app_user}";
