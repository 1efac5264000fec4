-- Multi-factor authentication (TOTP) for staff accounts, and the agency setting that makes owners and admins enrol.

-- Platform-level (identity module only), like the rest of the account: found before a tenant is known.
-- totp_secret is nonce (12 bytes) || AES-256-GCM ciphertext and tag, under a key derived from the master key;
-- it is set by an enrolment and counts only once totp_enabled_at is set (confirmed with a code).
-- totp_last_step is the time step of the last accepted code: a code at or before it is refused (replay).
ALTER TABLE account
    ADD COLUMN totp_secret     bytea,
    ADD COLUMN totp_enabled_at timestamptz,
    ADD COLUMN totp_last_step  bigint,
    ADD CONSTRAINT account_totp_enabled_has_secret CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL);

-- Platform-level (identity module only): one-time recovery codes, stored as SHA-256. Codes are never deleted,
-- only used up: a new enrolment or turning MFA off marks the remaining ones used.
CREATE TABLE account_recovery_code
(
    account_id uuid  NOT NULL REFERENCES account (id),
    code_hash  bytea NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (account_id, code_hash)
);
GRANT SELECT, INSERT, UPDATE ON account_recovery_code TO "${app_user}";

-- Platform-level: the operator's switch that requires OWNER and ADMIN members of the agency to use MFA.
ALTER TABLE tenant
    ADD COLUMN require_mfa_for_admins boolean NOT NULL DEFAULT false;
