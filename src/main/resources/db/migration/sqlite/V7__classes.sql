-- Classes (instructor feature, first slice). An instructor's class studies one deck; students join with a
-- code. "classroom", not "class": a word too many SQL tools and ORMs treat as special.
CREATE TABLE classroom (
    id            INTEGER PRIMARY KEY,
    instructor_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    deck_slug     TEXT NOT NULL REFERENCES deck (slug),
    join_code     TEXT NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL
);
CREATE INDEX classroom_instructor ON classroom (instructor_id, name);

-- One row per student of a class; the unique pair makes joining twice a no-op.
CREATE TABLE classroom_member (
    id           INTEGER PRIMARY KEY,
    classroom_id INTEGER NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    joined_at    INTEGER NOT NULL,
    UNIQUE (classroom_id, account_id)
);
CREATE INDEX classroom_member_account ON classroom_member (account_id);
