-- An answer token is unique per learner, not across learners: with one global UNIQUE, a token one learner
-- sent first (by accident or on purpose) made another learner's genuine answer "already recorded".
-- SQLite cannot drop a column's UNIQUE, so the table is rebuilt with the same columns and ids.
CREATE TABLE review_log_scoped (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug    TEXT NOT NULL REFERENCES deck (slug),
    item_id      TEXT NOT NULL REFERENCES item (id),
    card_id      TEXT NOT NULL,
    mode         TEXT NOT NULL CHECK (mode IN ('review', 'cram', 'test')),
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at  INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    answer_token TEXT NOT NULL,
    UNIQUE (account_id, answer_token)
);
INSERT INTO review_log_scoped (id, account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, duration_ms,
                               answer_token)
SELECT id, account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, duration_ms, answer_token
FROM review_log;
DROP TABLE review_log;
ALTER TABLE review_log_scoped RENAME TO review_log;
CREATE INDEX review_log_card ON review_log (account_id, card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log (account_id, reviewed_at);
