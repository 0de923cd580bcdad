-- An answer token is unique per learner, not across learners: with one global UNIQUE, a token one learner
-- sent first (by accident or on purpose) made another learner's genuine answer "already recorded".
ALTER TABLE review_log DROP CONSTRAINT review_log_answer_token_key;
ALTER TABLE review_log ADD CONSTRAINT review_log_account_token UNIQUE (account_id, answer_token);
