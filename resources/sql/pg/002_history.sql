-- 002 (PostgreSQL): the earlier versions of every case, as ../002_history.sql.
CREATE TABLE case_versions (
    case_id  bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    revision bigint NOT NULL,
    saved_at bigint NOT NULL,
    document text   NOT NULL,
    PRIMARY KEY (case_id, revision)
);
