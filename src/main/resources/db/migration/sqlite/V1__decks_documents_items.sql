-- The question bank as loaded at start-up. Ids of decks, key points and items are the authors' stable ids.
CREATE TABLE document (
    name         TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    metadata     TEXT NOT NULL,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

CREATE TABLE deck (
    slug         TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    documents    TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

CREATE TABLE key_point (
    id           TEXT PRIMARY KEY,
    deck_slug    TEXT NOT NULL REFERENCES deck (slug),
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL,
    family       TEXT NOT NULL,
    importance   INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('active', 'retired')),
    content_hash TEXT NOT NULL
);
CREATE INDEX key_point_deck ON key_point (deck_slug, position);

CREATE TABLE item (
    id           TEXT PRIMARY KEY,
    deck_slug    TEXT NOT NULL REFERENCES deck (slug),
    key_point_id TEXT NOT NULL REFERENCES key_point (id),
    type         TEXT NOT NULL,
    bloom        TEXT NOT NULL,
    content      TEXT NOT NULL,
    explanation  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
    position     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX item_deck ON item (deck_slug, position);
CREATE INDEX item_key_point ON item (key_point_id);

CREATE TABLE item_source (
    id           INTEGER PRIMARY KEY,
    item_id      TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    document     TEXT NOT NULL REFERENCES document (name),
    quote        TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    position     INTEGER NOT NULL
);
CREATE INDEX item_source_item ON item_source (item_id, position);
CREATE INDEX item_source_document ON item_source (document, start_offset);
