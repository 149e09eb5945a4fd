-- 002: every save keeps the version it replaces, so the consultant can view and restore it.
-- The current version stays in `cases`; this table holds the earlier ones.
CREATE TABLE case_versions (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    saved_at INTEGER NOT NULL,               -- when this revision was saved (ms since 1970 UTC)
    document TEXT    NOT NULL,
    PRIMARY KEY (case_id, revision)
) WITHOUT ROWID;
