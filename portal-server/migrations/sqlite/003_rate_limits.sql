-- Attempt counters shared by every instance (PostgreSQL; a single SQLite server keeps them in
-- memory): one row per (limiter, key), a fixed window opened by the first attempt and ending
-- at until_ms (milliseconds since 1970). Counted and decided in one statement.
CREATE TABLE rate_limits (
    limiter TEXT NOT NULL,
    key TEXT NOT NULL,
    count BIGINT NOT NULL,
    until_ms BIGINT NOT NULL,
    PRIMARY KEY (limiter, key)
);
CREATE INDEX rate_limits_until ON rate_limits(until_ms);
