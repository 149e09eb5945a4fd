-- 004 (PostgreSQL): who did what (docs/security.md, "Firm store on PostgreSQL"). Each consultant
-- connects as their own PostgreSQL role; the store adds a row here whenever a case is opened,
-- created, changed, put in or taken out of the trash, deleted, exported or printed. `who` and
-- `at` are the server's: session_user (the role that logged in) and its clock.
CREATE TABLE audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    who     text NOT NULL DEFAULT session_user,
    action  text NOT NULL CHECK (action IN ('opened', 'created', 'changed', 'trashed',
                                            'restored', 'deleted', 'exported', 'printed')),
    case_id bigint -- no foreign key: the trail outlives a case deleted from the trash
);
CREATE INDEX audit_log_by_case ON audit_log (case_id, id);

-- Two group roles (cluster-wide, made once): consultants work on every case of the firm and may
-- read their own audit rows; an administrator also reads everyone's and may empty the trash.
-- Making them needs CREATEROLE: the schema is created by the firm's database administrator.
-- (Another database of the cluster may make them at the same moment: that is no error.)
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zansai_consultant') THEN
        BEGIN
            CREATE ROLE zansai_consultant NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zansai_admin') THEN
        BEGIN
            CREATE ROLE zansai_admin NOLOGIN IN ROLE zansai_consultant;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END
$$;

GRANT SELECT ON schema_version TO zansai_consultant;
GRANT SELECT, INSERT, UPDATE ON meta, cases, case_documents TO zansai_consultant;
GRANT SELECT, INSERT, UPDATE, DELETE ON debts, case_versions, case_search, case_grams
    TO zansai_consultant;
GRANT USAGE ON SEQUENCE cases_id_seq, audit_log_id_seq TO zansai_consultant;
GRANT SELECT, INSERT ON audit_log TO zansai_consultant;
-- Emptying the trash deletes cases for good: the administrator only.
GRANT DELETE ON cases, case_documents TO zansai_admin;

-- Row-level security of the trail: nobody may write a row in another's name, nobody may change
-- or delete one (no UPDATE/DELETE grant), a consultant reads only their own rows. The table's
-- owner (who created the schema) is not bound by these policies.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_write    ON audit_log FOR INSERT WITH CHECK (who = session_user);
CREATE POLICY audit_read_own ON audit_log FOR SELECT TO zansai_consultant
    USING (who = session_user);
CREATE POLICY audit_read_all ON audit_log FOR SELECT TO zansai_admin USING (true);
