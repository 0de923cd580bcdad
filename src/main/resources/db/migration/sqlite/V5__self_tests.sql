-- Self-tests. A test keeps what was asked for (blueprint, JSON) and what was drawn (questions, JSON: item,
-- card and display seed per question), so it reads the same after the tab is closed and its results can
-- be re-viewed even after the draw rules change. Answers are final once given: UNIQUE (self_test_id,
-- number) makes a double submission count once. Each answer is also logged in review_log (mode 'test');
-- card_state is never touched by a self-test.
CREATE TABLE self_test (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug          TEXT NOT NULL REFERENCES deck (slug),
    blueprint          TEXT NOT NULL,
    seed               INTEGER NOT NULL,
    questions          TEXT NOT NULL,
    question_count     INTEGER NOT NULL CHECK (question_count >= 1),
    time_limit_seconds INTEGER CHECK (time_limit_seconds IS NULL OR time_limit_seconds > 0),
    feedback           TEXT NOT NULL CHECK (feedback IN ('immediate', 'end')),
    started_at         INTEGER NOT NULL,
    finished_at        INTEGER,
    score              REAL
);
CREATE INDEX self_test_account ON self_test (account_id, started_at);

CREATE TABLE self_test_answer (
    id           INTEGER PRIMARY KEY,
    self_test_id INTEGER NOT NULL REFERENCES self_test (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    mark         TEXT NOT NULL CHECK (mark IN ('CORRECT', 'CORRECT_WITH_TYPO', 'WRONG')),
    score        REAL NOT NULL,
    answered_at  INTEGER NOT NULL,
    UNIQUE (self_test_id, number)
);
