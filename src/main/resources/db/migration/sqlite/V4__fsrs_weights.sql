-- Personal FSRS weights, one row per learner (the last fit; "revert to defaults" deletes it), with how well
-- they predicted the learner's own review log when they were fitted: in-sample log loss / RMSE(bins) of the
-- fitted and of the default weights on the same log, and the out-of-sample time-series-split figures.
CREATE TABLE fsrs_weights (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    weights          TEXT NOT NULL,
    fit_kind         TEXT NOT NULL CHECK (fit_kind IN ('DEFAULTS', 'INITIAL_STABILITY_ONLY', 'FULL')),
    review_count     INTEGER NOT NULL,
    item_count       INTEGER NOT NULL,
    log_loss         REAL,
    rmse_bins        REAL,
    default_log_loss REAL,
    default_rmse_bins REAL,
    split_log_loss   REAL,
    split_rmse_bins  REAL,
    split_items      INTEGER,
    millis           INTEGER NOT NULL,
    fitted_at        INTEGER NOT NULL
);

-- The learner's latest fit job, so that any instance can show it running and its stage.
CREATE TABLE fsrs_fit_job (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    stage       TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
