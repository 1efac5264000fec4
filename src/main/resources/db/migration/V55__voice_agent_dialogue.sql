-- Voice agent dialogue settings: mode, the qualification facts it asks for, knowledge snippets and booking rules.
-- Columns of voice_agent rather than child tables: they are always read and written whole with their agent, and are
-- small (at most 50 snippets of at most 1,300 characters, at most 200 member ids). Existing agents, and inserts that
-- name only older columns, get the defaults: GUIDED, the eleven facts of a full lead score, no knowledge, showings
-- with any active member, three slots offered.
ALTER TABLE voice_agent
    ADD COLUMN dialogue_mode            text     NOT NULL DEFAULT 'GUIDED',
    ADD COLUMN required_facts           text[]   NOT NULL DEFAULT ARRAY ['INTENT', 'AREA', 'BUDGET', 'BEDROOMS',
        'BATHROOMS', 'PROPERTY_TYPE', 'TIMELINE', 'FINANCING', 'MOTIVATION', 'NAME', 'CALLBACK_NUMBER'],
    ADD COLUMN knowledge                jsonb    NOT NULL DEFAULT '[]',
    ADD COLUMN booking_appointment_type text     NOT NULL DEFAULT 'SHOWING',
    -- membership ids; no foreign key (an array cannot have one): the application checks them when they are set,
    -- and the dialogue skips a member deactivated since
    ADD COLUMN booking_team_member_ids  uuid[]   NOT NULL DEFAULT '{}',
    ADD COLUMN booking_slots_to_offer   smallint NOT NULL DEFAULT 3,
    -- LLM is allowed here so that the issue which brings it only lifts the application's refusal
    ADD CONSTRAINT voice_agent_dialogue_mode_check CHECK (dialogue_mode IN ('GUIDED', 'LLM')),
    ADD CONSTRAINT voice_agent_required_facts_check CHECK (required_facts <@ ARRAY ['INTENT', 'AREA', 'BUDGET',
        'BEDROOMS', 'BATHROOMS', 'PROPERTY_TYPE', 'TIMELINE', 'FINANCING', 'MOTIVATION', 'NAME', 'CALLBACK_NUMBER',
        'EMAIL']),
    ADD CONSTRAINT voice_agent_knowledge_check CHECK (CASE jsonb_typeof(knowledge)
        WHEN 'array' THEN jsonb_array_length(knowledge) <= 50 ELSE false END),
    ADD CONSTRAINT voice_agent_booking_appointment_type_check CHECK (booking_appointment_type IN ('SHOWING',
        'CONSULTATION', 'LISTING_APPOINTMENT')),
    ADD CONSTRAINT voice_agent_booking_team_member_ids_check CHECK (cardinality(booking_team_member_ids) <= 200),
    ADD CONSTRAINT voice_agent_booking_slots_to_offer_check CHECK (booking_slots_to_offer BETWEEN 2 AND 3);
