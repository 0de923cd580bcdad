-- A learner's load balancer (on unless they turned it off) and easy days: one letter per weekday, Monday to
-- Sunday, N (normal), R (reduced: about half the reviews) or M (minimum: none when the fuzz range allows).
-- Account-wide, for all their decks. No row means balancing on and every day normal.
CREATE TABLE study_load_balance (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    balance    INTEGER NOT NULL CHECK (balance IN (0, 1)),
    easy_days  TEXT NOT NULL CHECK (length(easy_days) = 7)
);
