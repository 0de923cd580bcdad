-- Authoring in the browser. A deck created in the browser has an owner (other instructors cannot edit it);
-- bank decks (owner_id NULL) are editable by every instructor. bank_hash is the hash of the bank entry a
-- row was last loaded from (position left out, so moving an entry in its file is not an edit), NULL for
-- rows made in the browser, which BankSync therefore never retires. edited_at is set by a browser edit:
-- BankSync keeps such a row while the bank entry still hashes to bank_hash, and overwrites it (the file
-- wins, it is reviewed like code) once the entry itself changes. Existing rows all came from the bank:
-- the placeholder makes the next sync record their real bank hash, once.
ALTER TABLE deck ADD COLUMN owner_id INTEGER REFERENCES account (id);
ALTER TABLE key_point ADD COLUMN bank_hash TEXT;
ALTER TABLE key_point ADD COLUMN edited_at INTEGER;
ALTER TABLE item ADD COLUMN bank_hash TEXT;
ALTER TABLE item ADD COLUMN edited_at INTEGER;
UPDATE key_point SET bank_hash = 'before-v9';
UPDATE item SET bank_hash = 'before-v9';

-- Drafts proposed by the generator for a document, waiting for an instructor. Kept apart from item (a
-- draft has no key point until approved), so no learner-facing query can ever meet one. sources is a JSON
-- list of {document, quote, start, end}; item_id is the item an approved draft became.
CREATE TABLE item_draft (
    id              INTEGER PRIMARY KEY,
    deck_slug       TEXT NOT NULL REFERENCES deck (slug),
    document        TEXT NOT NULL REFERENCES document (name),
    key_point_title TEXT NOT NULL,
    type            TEXT NOT NULL,
    content         TEXT NOT NULL,
    sources         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    item_id         TEXT,
    created_at      INTEGER NOT NULL,
    decided_at      INTEGER
);
CREATE INDEX item_draft_deck ON item_draft (deck_slug, status, id);
