-- An import confirmed on the Import page, run in the background: its stage and counts, so that the page (on any
-- instance) can show how far it is, and afterwards what it made or why it failed. The import itself is one
-- transaction; these rows are written outside it. report: JSON (the result or the failure, with what was skipped).
CREATE TABLE import_job (
    id            TEXT PRIMARY KEY,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    file_name     TEXT NOT NULL,
    title         TEXT NOT NULL,
    stage         TEXT NOT NULL CHECK (stage IN ('queued', 'reading', 'items', 'media', 'history', 'done', 'failed')),
    entries_done  INTEGER NOT NULL,
    entries_total INTEGER NOT NULL,
    media_done    INTEGER NOT NULL,
    media_total   INTEGER NOT NULL,
    deck_slug     TEXT,
    report        TEXT,
    started_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX import_job_account ON import_job (account_id, started_at);
