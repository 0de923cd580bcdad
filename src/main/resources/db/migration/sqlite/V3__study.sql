-- Spaced repetition per learner. review_log is the source of truth: replaying a card's log (mode 'review')
-- rebuilds its card_state exactly. Cram and self-test answers are logged with their own mode and never
-- touch card_state.
CREATE TABLE card_state (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug   TEXT NOT NULL REFERENCES deck (slug),
    item_id     TEXT NOT NULL REFERENCES item (id),
    card_id     TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING')),
    step        INTEGER NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         INTEGER NOT NULL,
    last_review INTEGER,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    UNIQUE (account_id, card_id)
);
CREATE INDEX card_state_due ON card_state (account_id, deck_slug, due);

CREATE TABLE review_log (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug    TEXT NOT NULL REFERENCES deck (slug),
    item_id      TEXT NOT NULL REFERENCES item (id),
    card_id      TEXT NOT NULL,
    mode         TEXT NOT NULL CHECK (mode IN ('review', 'cram', 'test')),
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at  INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    answer_token TEXT NOT NULL UNIQUE
);
CREATE INDEX review_log_card ON review_log (account_id, card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log (account_id, reviewed_at);

CREATE TABLE study_settings (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug         TEXT NOT NULL REFERENCES deck (slug),
    desired_retention REAL NOT NULL CHECK (desired_retention BETWEEN 0.70 AND 0.99),
    new_per_day       INTEGER NOT NULL CHECK (new_per_day >= 0),
    reviews_per_day   INTEGER NOT NULL CHECK (reviews_per_day >= 0),
    UNIQUE (account_id, deck_slug)
);
