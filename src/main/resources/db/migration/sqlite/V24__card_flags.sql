-- Per learner and card, what takes it out of daily study besides its schedule: suspended (by the learner, or
-- by the leech rule: suspended_by 'learner' or 'leech'), buried until a time (the start of the learner's next
-- study day; buried_by is the sibling card whose answer buried it, NULL when the learner buried it), and the
-- lapse count at which it was last flagged a leech (0: not a leech). A card may be held before its first answer,
-- so this is not a column of card_state, which only answered cards have; and undo, which rebuilds card_state
-- from the log, leaves a learner's suspension alone.
CREATE TABLE card_flag (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug    TEXT NOT NULL REFERENCES deck (slug),
    item_id      TEXT NOT NULL REFERENCES item (id),
    card_id      TEXT NOT NULL,
    suspended_by TEXT CHECK (suspended_by IN ('learner', 'leech')),
    buried_until INTEGER NOT NULL DEFAULT 0,
    buried_by    TEXT,
    leech_lapses INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, card_id)
);
CREATE INDEX card_flag_deck ON card_flag (account_id, deck_slug);

-- Leeches and siblings, per learner and deck: a card is a leech after leech_threshold lapses (0: never), and is
-- then suspended or only flagged; bury_siblings keeps the other cards of an answered item away until tomorrow.
ALTER TABLE study_settings ADD COLUMN leech_threshold INTEGER NOT NULL DEFAULT 8 CHECK (leech_threshold BETWEEN 0 AND 99);
ALTER TABLE study_settings ADD COLUMN leech_action TEXT NOT NULL DEFAULT 'suspend' CHECK (leech_action IN ('suspend', 'tag'));
ALTER TABLE study_settings ADD COLUMN bury_siblings INTEGER NOT NULL DEFAULT 1 CHECK (bury_siblings IN (0, 1));
