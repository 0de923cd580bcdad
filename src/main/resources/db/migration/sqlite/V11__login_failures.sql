-- Failed sign-ins, kept in the database so the limit holds across every instance behind a load balancer
-- (in memory, each instance would allow its own share). throttle_key is 'account:<username>' or
-- 'address:<ip>'; rows older than the window are deleted as new failures arrive.
CREATE TABLE login_failure (
    id           INTEGER PRIMARY KEY,
    throttle_key TEXT NOT NULL,
    failed_at    INTEGER NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (throttle_key, failed_at);
CREATE INDEX login_failure_time ON login_failure (failed_at);
