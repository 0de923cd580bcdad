-- Cram (seminar prep). A session keeps the key points chosen and its cards, each with its place in the loop
-- and whether it is done, so closing the tab loses nothing. A wrong answer moves the card to the end of the
-- loop (a new, larger position); a right one marks it done. Each answer is logged in review_log (mode
-- 'cram'); card_state is never read or written by cram, so the study schedule does not move.
CREATE TABLE cram_session (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug   TEXT NOT NULL REFERENCES deck (slug),
    key_points  TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX cram_session_account ON cram_session (account_id, deck_slug, started_at);

CREATE TABLE cram_card (
    id              INTEGER PRIMARY KEY,
    cram_session_id INTEGER NOT NULL REFERENCES cram_session (id) ON DELETE CASCADE,
    item_id         TEXT NOT NULL,
    card_id         TEXT NOT NULL,
    position        INTEGER NOT NULL,
    attempts        INTEGER NOT NULL,
    wrong           INTEGER NOT NULL,
    done_at         INTEGER,
    UNIQUE (cram_session_id, card_id)
);
