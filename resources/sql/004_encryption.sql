-- 004: encryption at rest (docs/security.md "Encryption at rest"). An encrypted store has one row
-- in `store_keys`; its client data is then only ciphertext: the documents (case_documents,
-- case_versions) are sealed, the list columns of `cases` stay '' / 0 and the list reads
-- `sealed_summary` instead, `debts` and `case_search` stay empty, and search uses the keyed blind
-- index `case_tokens`. A plain store (no row in store_keys) uses none of these.
CREATE TABLE store_keys (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    kdf           TEXT    NOT NULL,          -- 'argon2id13'
    salt          BLOB    NOT NULL,
    ops_limit     INTEGER NOT NULL,
    mem_limit     INTEGER NOT NULL,          -- bytes
    by_passphrase BLOB    NOT NULL,          -- nonce ‖ secretbox(data key)
    by_recovery   BLOB    NOT NULL
);

-- nonce ‖ XChaCha20-Poly1305(name, reading, sort key, consultant, creditors, total principal),
-- associated data 'S' ‖ id ‖ revision.
ALTER TABLE cases ADD COLUMN sealed_summary BLOB;

-- The normalised search texts, sealed ('T' ‖ id): the tokens a save replaces are computed from
-- them, and candidates of a 3+ character query are verified against them.
CREATE TABLE case_sealed_search (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    texts   BLOB NOT NULL
);

-- The blind index: keyed BLAKE2b (8 bytes) of every 1- and 2-character gram of the search texts.
-- No index by case (it would double the table): a case's tokens are recomputed from its sealed
-- texts to remove them (a save, the trash emptied).
CREATE TABLE case_tokens (
    token   INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    PRIMARY KEY (token, case_id)
) WITHOUT ROWID;
