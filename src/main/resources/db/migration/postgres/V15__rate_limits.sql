-- Token buckets for per-address limits (guest start, sign-up), shared by every instance: the layout of
-- Bucket4j's PostgreSQL proxy manager (system/RateBuckets). A row may be deleted once expires_at (epoch
-- milliseconds, when the bucket is full again) has passed.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(255) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
