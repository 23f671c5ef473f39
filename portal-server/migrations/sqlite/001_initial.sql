-- The schema of the first portal-server (IF NOT EXISTS: databases made before migrations
-- were tracked already hold it).
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS applications (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES accounts(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    k10_number TEXT UNIQUE,
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
);
CREATE INDEX IF NOT EXISTS applications_owner ON applications(owner_id);
CREATE TABLE IF NOT EXISTS application_versions (
    app_id TEXT NOT NULL REFERENCES applications(id),
    version INTEGER NOT NULL,
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (app_id, version)
);
CREATE TABLE IF NOT EXISTS associations (
    app_id TEXT PRIMARY KEY REFERENCES applications(id),
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS associations_account ON associations(account_id);
CREATE TABLE IF NOT EXISTS submissions (
    app_id TEXT PRIMARY KEY REFERENCES applications(id),
    idempotency_key TEXT NOT NULL,
    receipt TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS k10_sequence (
    series TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS communications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    app_id TEXT NOT NULL REFERENCES applications(id),
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    response_days INTEGER,
    respond_by TEXT,
    appointment_date TEXT,
    place TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS communications_app ON communications(app_id);
CREATE TABLE IF NOT EXISTS documents (
    app_id TEXT NOT NULL REFERENCES applications(id),
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    kind TEXT,
    name TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (app_id, sha256)
);
