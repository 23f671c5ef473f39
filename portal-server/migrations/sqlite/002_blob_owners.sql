-- Which accounts sent the bytes of a blob. Blobs are stored once per hash, but a document is
-- attached without its bytes only for an account that sent them itself: knowing a hash never
-- grants the content another account uploaded.
CREATE TABLE IF NOT EXISTS blob_owners (
    account_id TEXT NOT NULL REFERENCES accounts(id),
    sha256 TEXT NOT NULL,
    PRIMARY KEY (account_id, sha256)
);
-- Databases made before: each document's bytes count as sent by the owner of its application
-- (the only account that could have attached it then, barring the flaw).
INSERT OR IGNORE INTO blob_owners (account_id, sha256)
    SELECT a.owner_id, d.sha256 FROM documents d JOIN applications a ON a.id = d.app_id;
