-- Learners, instructors and admins. A guest has no username or password until it signs up, keeping its id
-- (and so its progress).
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    username      TEXT UNIQUE,
    password_hash TEXT,
    role          TEXT NOT NULL CHECK (role IN ('student', 'instructor', 'admin')),
    guest         INTEGER NOT NULL CHECK (guest IN (0, 1)),
    created_at    INTEGER NOT NULL
);
