-- A learner's chosen colour scheme, kept with the account so that it follows them to every browser; no row
-- means "as the system is set" (prefers-color-scheme).
CREATE TABLE account_theme (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    theme      TEXT NOT NULL CHECK (theme IN ('light', 'dark'))
);
