-- 005: which cases `zansai-cli migrate` has moved in (core/store/CaseStoreImport.cpp), so that a
-- copy killed and started again skips them. Until now importCase made this table when it was
-- missing: IF NOT EXISTS keeps the stores where it did.
CREATE TABLE IF NOT EXISTS imported_cases (
    source_key TEXT    PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE
);
