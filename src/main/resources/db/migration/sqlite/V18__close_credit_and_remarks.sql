-- close_score: what a nearly right typed answer (a typo, the answer with words to spare) earns in a quiz,
-- 0..1, set by the instructor; 1 (full marks, with a note to the student) as before this version.
ALTER TABLE assignment ADD COLUMN close_score REAL NOT NULL DEFAULT 1.0 CHECK (close_score >= 0 AND close_score <= 1);

-- An instructor's re-mark of a saved answer: mark and score then hold the instructor's verdict, and
-- auto_mark/auto_score what the marker had said (NULL when the answer was never re-marked), so that the
-- re-mark can be undone and the student told it was made.
ALTER TABLE attempt_answer ADD COLUMN auto_mark TEXT CHECK (auto_mark IS NULL OR auto_mark IN ('CORRECT', 'CLOSE', 'WRONG'));
ALTER TABLE attempt_answer ADD COLUMN auto_score REAL;
ALTER TABLE attempt_answer ADD COLUMN remarked_by INTEGER REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE attempt_answer ADD COLUMN remarked_at INTEGER;
