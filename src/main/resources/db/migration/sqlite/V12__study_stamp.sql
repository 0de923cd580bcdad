-- A version per learner and deck, raised by every write to their study rows (answer, undo, settings, a
-- new fit of the weights). With several instances on one database, an instance keeps a learner's queue
-- inputs in memory and re-reads them only when this number moved, instead of on every request.
CREATE TABLE study_stamp (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug  TEXT   NOT NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (account_id, deck_slug)
);
