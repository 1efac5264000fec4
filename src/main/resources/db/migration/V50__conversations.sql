-- Conversations: the record of calls and text sessions between callers and voice agents, with their turns and
-- timings, and the recording's storage key. Tenant-owned (forced row-level security); keys and indexes lead with
-- tenant_id. Voice agents, leads and appointments are referred to by id only: they belong to other modules, and
-- a conversation outlives a deleted agent or an erased lead.

CREATE TABLE conversation
(
    tenant_id               uuid        NOT NULL REFERENCES tenant (id),
    id                      uuid        NOT NULL,
    agent_id                uuid        NOT NULL,
    channel                 text        NOT NULL CHECK (channel IN ('PHONE', 'WEB_VOICE', 'WEB_CHAT', 'API_TEXT')),
    status                  text        NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    outcome                 text CHECK (outcome IN ('QUALIFIED', 'APPOINTMENT_BOOKED', 'INFORMATION_PROVIDED',
                                                    'TRANSFERRED', 'CALLBACK_REQUESTED', 'NO_INTEREST',
                                                    'DO_NOT_CALL', 'INCOMPLETE')),
    lead_id                 uuid,
    appointment_ids         uuid[]      NOT NULL DEFAULT '{}',
    summary                 text,
    started_at              timestamptz NOT NULL,
    ended_at                timestamptz,
    recording_key           text,                  -- where the RecordingStore keeps the audio
    recording_content_type  text,
    recording_size_bytes    bigint CHECK (recording_size_bytes >= 0),
    recording_duration_ms   bigint CHECK (recording_duration_ms >= 0),
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'ENDED') = (ended_at IS NOT NULL AND outcome IS NOT NULL)),
    CHECK ((recording_key IS NULL) = (recording_content_type IS NULL AND recording_size_bytes IS NULL))
);
CREATE INDEX conversation_started_idx ON conversation (tenant_id, started_at, id);
CREATE INDEX conversation_agent_idx ON conversation (tenant_id, agent_id, started_at, id);
CREATE INDEX conversation_lead_idx ON conversation (tenant_id, lead_id, started_at, id) WHERE lead_id IS NOT NULL;
ALTER TABLE conversation ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
-- No DELETE: a conversation stays as the record of a call; a privacy erasure clears its transcript and recording.
GRANT SELECT, INSERT, UPDATE ON conversation TO "${app_user}";

-- One utterance of the caller or of the agent, in order (seq from 1), with the timings product.md defines
-- (null where a stage did not run, e.g. on caller turns or text channels).
CREATE TABLE conversation_turn
(
    tenant_id          uuid        NOT NULL,
    conversation_id    uuid        NOT NULL,
    seq                integer     NOT NULL CHECK (seq >= 1),
    role               text        NOT NULL CHECK (role IN ('CALLER', 'AGENT')),
    text               text        NOT NULL,
    started_at         timestamptz NOT NULL,
    interrupted        boolean     NOT NULL DEFAULT false,
    cache_hit          boolean     NOT NULL DEFAULT false,
    endpoint_ms        integer CHECK (endpoint_ms >= 0),
    stt_ms             integer CHECK (stt_ms >= 0),
    think_ms           integer CHECK (think_ms >= 0),
    tts_first_audio_ms integer CHECK (tts_first_audio_ms >= 0),
    response_ms        integer CHECK (response_ms >= 0),
    PRIMARY KEY (tenant_id, conversation_id, seq),
    FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE conversation_turn ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_turn FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_turn
    USING (tenant_id = (SELECT app.current_tenant()))
    WITH CHECK (tenant_id = (SELECT app.current_tenant()));
-- DELETE for the privacy erasure of a lead's transcripts; turns are never changed.
GRANT SELECT, INSERT, DELETE ON conversation_turn TO "${app_user}";
