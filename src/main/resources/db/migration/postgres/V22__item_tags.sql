-- Anki-style tags on items (space-separated, no spaces inside one; '::' nests), kept from imports so that an
-- exported deck carries them back, and searchable later. Most items have none.
ALTER TABLE item ADD COLUMN tags TEXT NOT NULL DEFAULT '';
