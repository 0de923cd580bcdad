-- Media that imported items show (images and audio from Anki packages), kept in the database so that every
-- instance serves them, once per content (hash: SHA-256, hex). deck_media gives each its name within a deck,
-- the name the items' text refers to.
CREATE TABLE media (
    hash         TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    bytes        BYTEA NOT NULL
);
CREATE TABLE deck_media (
    deck_slug TEXT NOT NULL REFERENCES deck (slug) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    hash      TEXT NOT NULL REFERENCES media (hash),
    PRIMARY KEY (deck_slug, name)
);

-- An uploaded file whose preview the importer has not confirmed yet: kept here, not in one instance's memory
-- or disk, so that the confirmation may reach any instance. Rows older than a day are deleted.
CREATE TABLE pending_import (
    id         TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    format     TEXT NOT NULL,
    title      TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    bytes      BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pending_import_account ON pending_import (account_id, created_at);
