-- A nearly right answer is stored as CLOSE. It was stored as CORRECT_WITH_TYPO, the name the V5 and V8 CHECK
-- constraints admitted when only a typo was close.
ALTER TABLE self_test_answer DROP CONSTRAINT self_test_answer_mark_check;
UPDATE self_test_answer SET mark = 'CLOSE' WHERE mark = 'CORRECT_WITH_TYPO';
ALTER TABLE self_test_answer ADD CONSTRAINT self_test_answer_mark_check CHECK (mark IN ('CORRECT', 'CLOSE', 'WRONG'));

ALTER TABLE attempt_answer DROP CONSTRAINT attempt_answer_mark_check;
UPDATE attempt_answer SET mark = 'CLOSE' WHERE mark = 'CORRECT_WITH_TYPO';
ALTER TABLE attempt_answer ADD CONSTRAINT attempt_answer_mark_check
    CHECK (mark IS NULL OR mark IN ('CORRECT', 'CLOSE', 'WRONG'));
