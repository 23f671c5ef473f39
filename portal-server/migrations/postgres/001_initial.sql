-- The schema of sqlite/001_initial.sql. Times are RFC 3339 text in UTC, as in SQLite, so
-- both backends compare and order them alike; e-mails are stored lower-case by the server.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions(account_id);
CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES accounts(id),
    version BIGINT NOT NULL,
    status TEXT NOT NULL,
    k10_number TEXT UNIQUE,
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
);
CREATE INDEX applications_owner ON applications(owner_id);
CREATE TABLE application_versions (
    app_id TEXT NOT NULL REFERENCES applications(id),
    version BIGINT NOT NULL,
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (app_id, version)
);
CREATE TABLE associations (
    app_id TEXT PRIMARY KEY REFERENCES applications(id),
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL
);
CREATE INDEX associations_account ON associations(account_id);
CREATE TABLE submissions (
    app_id TEXT PRIMARY KEY REFERENCES applications(id),
    idempotency_key TEXT NOT NULL,
    receipt TEXT NOT NULL
);
-- One row per series, updated with a row lock (INSERT ... ON CONFLICT DO UPDATE ...
-- RETURNING): parallel submits on any number of instances never get the same number.
CREATE TABLE k10_sequence (
    series TEXT PRIMARY KEY,
    last BIGINT NOT NULL
);
CREATE TABLE communications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    app_id TEXT NOT NULL REFERENCES applications(id),
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    response_days BIGINT,
    respond_by TEXT,
    appointment_date TEXT,
    place TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX communications_app ON communications(app_id);
CREATE TABLE documents (
    app_id TEXT NOT NULL REFERENCES applications(id),
    sha256 TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    kind TEXT,
    name TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (app_id, sha256)
);
