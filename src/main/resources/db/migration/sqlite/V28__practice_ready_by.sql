-- A practice assignment may ask for its key points to be ready by its due date: target_recall is the recall
-- each student's plan aims at then (core/fsrs/ReadyBy); null, as before, asks only that the cards be studied.
ALTER TABLE assignment ADD COLUMN target_recall REAL CHECK (target_recall IS NULL OR target_recall BETWEEN 0.5 AND 0.99);
