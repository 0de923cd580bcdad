-- A nearly right answer is stored as CLOSE. It was stored as CORRECT_WITH_TYPO, the name the V5 and V8 CHECK
-- constraints admitted when only a typo was close. SQLite cannot change a CHECK constraint, so both answer
-- tables are rebuilt (nothing references them) with their rows, renamed marks, and index.
CREATE TABLE self_test_answer_v17 (
    id           INTEGER PRIMARY KEY,
    self_test_id INTEGER NOT NULL REFERENCES self_test (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    mark         TEXT NOT NULL CHECK (mark IN ('CORRECT', 'CLOSE', 'WRONG')),
    score        REAL NOT NULL,
    answered_at  INTEGER NOT NULL,
    UNIQUE (self_test_id, number)
);
INSERT INTO self_test_answer_v17 (id, self_test_id, number, response, mark, score, answered_at)
SELECT id, self_test_id, number, response, CASE mark WHEN 'CORRECT_WITH_TYPO' THEN 'CLOSE' ELSE mark END, score,
       answered_at
FROM self_test_answer;
DROP TABLE self_test_answer;
ALTER TABLE self_test_answer_v17 RENAME TO self_test_answer;

CREATE TABLE attempt_answer_v17 (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    item_id       TEXT NOT NULL REFERENCES item (id),
    response      TEXT NOT NULL,
    chosen_option TEXT,
    mark          TEXT CHECK (mark IS NULL OR mark IN ('CORRECT', 'CLOSE', 'WRONG')),
    score         REAL,
    saved_at      INTEGER NOT NULL,
    UNIQUE (attempt_id, number)
);
INSERT INTO attempt_answer_v17 (id, attempt_id, number, item_id, response, chosen_option, mark, score, saved_at)
SELECT id, attempt_id, number, item_id, response, chosen_option,
       CASE mark WHEN 'CORRECT_WITH_TYPO' THEN 'CLOSE' ELSE mark END, score, saved_at
FROM attempt_answer;
DROP TABLE attempt_answer;
ALTER TABLE attempt_answer_v17 RENAME TO attempt_answer;
CREATE INDEX attempt_answer_item ON attempt_answer (item_id);
