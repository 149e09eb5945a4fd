-- 005 (PostgreSQL): which cases `zansai-cli migrate` has moved in (core/store/CaseStoreImport.cpp),
-- so that a copy killed and started again skips them. Until now importCase or firm-init made this
-- table when it was missing: IF NOT EXISTS keeps the stores where they did.
CREATE TABLE IF NOT EXISTS imported_cases (
    source_key text   PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE
);
-- A consultant moves their own laptop's cases in (firm-init gave this grant before 005).
GRANT SELECT, INSERT ON imported_cases TO zansai_consultant;
