-- "Ready by": a learner's goal for a deck, a moment (epoch ms) and the recall to have then, for some of its key
-- points (space-separated ids) or, when key_points is empty, for all of them. The plan is not stored: it is
-- recomputed from the cards' states (core/fsrs/ReadyBy), so nothing here can go stale.
CREATE TABLE study_goal (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    deck_slug     TEXT NOT NULL REFERENCES deck (slug) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    goal_at       INTEGER NOT NULL,
    target_recall REAL NOT NULL CHECK (target_recall BETWEEN 0.5 AND 0.99),
    key_points    TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX study_goal_learner ON study_goal (account_id, deck_slug);
