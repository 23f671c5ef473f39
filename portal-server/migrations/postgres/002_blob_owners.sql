-- See sqlite/002_blob_owners.sql.
CREATE TABLE blob_owners (
    account_id TEXT NOT NULL REFERENCES accounts(id),
    sha256 TEXT NOT NULL,
    PRIMARY KEY (account_id, sha256)
);
