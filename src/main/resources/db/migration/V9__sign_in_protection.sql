-- Brute-force protection of sign-in: consecutive failures per account (passwords and second-factor codes alike),
-- and the lockout they lead to. The account is platform-level; only the identity module touches it.
ALTER TABLE account ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN locked_until timestamptz;
