-- What an account says about itself on its page: the name others see (classmates' instructors; blank: the
-- username), the time zone its study day and progress follow (blank: the server's, flashpoint.time-zone) and
-- how many answers a day it aims for. No row means all three are the defaults.
CREATE TABLE account_profile (
    account_id   BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    display_name TEXT,
    time_zone    TEXT,
    daily_goal   INTEGER NOT NULL CHECK (daily_goal BETWEEN 1 AND 1000)
);
