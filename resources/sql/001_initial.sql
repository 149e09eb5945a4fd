-- 001: the cases, their documents and the debts derived from them.
-- `case_documents.document` (the zansai-case/1 JSON written by writeCase) is the source of truth;
-- the other columns of `cases` and the other tables are derived from it by core/store and can be
-- rebuilt from it.

-- Store-wide settings, e.g. 'derived_version': the version of the code that derived the columns.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Times are milliseconds since 1970-01-01 UTC; money is whole yen.
CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    revision        INTEGER NOT NULL CHECK (revision >= 1), -- +1 on every save
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER,                 -- in the trash since; NULL while not in the trash
    client_name     TEXT    NOT NULL DEFAULT '',
    client_kana     TEXT    NOT NULL DEFAULT '',
    sort_key        TEXT    NOT NULL DEFAULT '', -- the reading in hiragana (else the name)
    consultant      TEXT    NOT NULL DEFAULT '',
    creditors       TEXT    NOT NULL DEFAULT '', -- for the list: "A、B"
    total_principal INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_by_updated   ON cases (deleted_at, updated_at);
CREATE INDEX cases_by_created   ON cases (deleted_at, created_at);
CREATE INDEX cases_by_name      ON cases (deleted_at, sort_key);
CREATE INDEX cases_by_principal ON cases (deleted_at, total_principal);

-- Apart from `cases`, so that the list, its sorting and its search read narrow rows only.
CREATE TABLE case_documents (
    case_id  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    document TEXT NOT NULL                   -- compact JSON (UTF-8)
);

CREATE TABLE debts (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,              -- order in the case file
    debt_id   TEXT    NOT NULL,
    creditor  TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    lender_kind TEXT  NOT NULL,
    principal INTEGER NOT NULL,
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;
