-- Uploads being written: one request at a time per (application, document), whichever
-- instance it reaches (the partial file is in the folder they share). A row expires on its
-- own if its instance died while writing.
CREATE TABLE upload_locks (
    upload TEXT PRIMARY KEY,
    until_ms BIGINT NOT NULL
);
