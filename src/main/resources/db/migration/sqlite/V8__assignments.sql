-- Assignments of a class. kind 'quiz': a quiz drawn from a blueprint (JSON: key points, families, kinds,
-- Bloom mix, question count), taken in attempts. kind 'practice': "study these key points until the due
-- date", completion measured from review_log. Times are epoch milliseconds; close_at is when attempts stop
-- being accepted, due_at is what the student is told (it may be before close_at, late work allowed).
CREATE TABLE assignment (
    id                 INTEGER PRIMARY KEY,
    classroom_id       INTEGER NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('quiz', 'practice')),
    title              TEXT NOT NULL,
    blueprint          TEXT NOT NULL,
    open_at            INTEGER NOT NULL,
    close_at           INTEGER,
    due_at             INTEGER,
    time_limit_seconds INTEGER CHECK (time_limit_seconds IS NULL OR time_limit_seconds > 0),
    attempts_allowed   INTEGER CHECK (attempts_allowed IS NULL OR attempts_allowed >= 1),
    grading            TEXT NOT NULL CHECK (grading IN ('highest', 'last', 'average')),
    shuffle_questions  INTEGER NOT NULL CHECK (shuffle_questions IN (0, 1)),
    shuffle_options    INTEGER NOT NULL CHECK (shuffle_options IN (0, 1)),
    feedback           TEXT NOT NULL CHECK (feedback IN ('immediate', 'after_submit', 'after_close')),
    created_at         INTEGER NOT NULL
);
CREATE INDEX assignment_classroom ON assignment (classroom_id, due_at);

-- One attempt of one student. questions: what was drawn (JSON, per question: number, item id, card index,
-- display seed), fixed at start so the attempt reads the same after the tab is closed. deadline_at is
-- started_at + time limit, capped by the close time; an attempt still open past it is submitted by the
-- server with what was saved. UNIQUE (assignment_id, account_id, number) keeps two tabs from starting the
-- same attempt twice.
CREATE TABLE attempt (
    id            INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    account_id    INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL CHECK (number >= 1),
    seed          INTEGER NOT NULL,
    questions     TEXT NOT NULL,
    started_at    INTEGER NOT NULL,
    deadline_at   INTEGER,
    submitted_at  INTEGER,
    score         REAL,
    UNIQUE (assignment_id, account_id, number)
);
CREATE INDEX attempt_account ON attempt (account_id, assignment_id);

-- The saved answer to one question of an attempt (autosave overwrites it until the attempt is submitted).
-- mark/score are filled when marked; chosen_option is the option's text for choice items (unshuffled, so
-- distractor statistics compare like with like), else NULL.
CREATE TABLE attempt_answer (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    item_id       TEXT NOT NULL REFERENCES item (id),
    response      TEXT NOT NULL,
    chosen_option TEXT,
    mark          TEXT CHECK (mark IS NULL OR mark IN ('CORRECT', 'CORRECT_WITH_TYPO', 'WRONG')),
    score         REAL,
    saved_at      INTEGER NOT NULL,
    UNIQUE (attempt_id, number)
);
CREATE INDEX attempt_answer_item ON attempt_answer (item_id);
