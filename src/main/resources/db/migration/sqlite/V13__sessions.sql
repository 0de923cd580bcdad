-- One row per sign-in (or guest start). The session cookie (a JWT) names its row in the sid claim, and a
-- request is signed in only while the row has no ended_at: sign-out ends one row, a password or role
-- change and "sign out everywhere" end all of an account's rows, at once on every instance.
CREATE TABLE account_session (
    id         TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    created_at INTEGER NOT NULL,
    ended_at   INTEGER
);
CREATE INDEX account_session_account ON account_session (account_id);

-- Sign-in attempts reserved before the password is checked (so concurrent guesses cannot pass the limit),
-- keyed by 'account:<name>', 'address:<ip>' or 'device:<id>'. Replaces login_failure, which counted only
-- after the check.
DROP TABLE login_failure;
CREATE TABLE login_attempt (
    id           INTEGER PRIMARY KEY,
    throttle_key TEXT NOT NULL,
    attempted_at INTEGER NOT NULL
);
CREATE INDEX login_attempt_key ON login_attempt (throttle_key, attempted_at);
CREATE INDEX login_attempt_time ON login_attempt (attempted_at);

-- One-time password-reset links an admin hands out; only the token's SHA-256 is stored.
CREATE TABLE password_reset (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
