-- 006 (PostgreSQL): the list opens without counting every case (docs/stack-notes.md §8). At
-- 100,000 cases `SELECT count(*) … WHERE deleted_at IS NULL` read the whole table on every open
-- (tens of ms); `case_counts` keeps both numbers (not in the trash, in the trash) exact instead,
-- changed in the same transaction as the rows they count, so every reader sees the number that
-- matches the rows it sees.
CREATE TABLE case_counts (
    in_trash boolean PRIMARY KEY,
    n        bigint  NOT NULL CHECK (n >= 0)
);
-- Counted with writers kept out until this step commits, so that no change is missed.
LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO case_counts (in_trash, n)
SELECT t, (SELECT count(*) FROM cases WHERE (deleted_at IS NOT NULL) = t)
FROM (VALUES (false), (true)) AS v (t);

-- One statement-level trigger per kind of change (a transition table allows one event each).
-- A save changes no count (the UPDATE's net change is 0): it does not touch case_counts, so saves
-- never wait for each other on its rows; only creating, trashing, restoring and deleting do.
-- SECURITY DEFINER: consultants read case_counts but cannot write it themselves.
CREATE FUNCTION case_counts_keep() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE case_counts c SET n = c.n + d.k
        FROM (SELECT deleted_at IS NOT NULL AS t, count(*) AS k FROM new_rows GROUP BY 1) d
        WHERE c.in_trash = d.t;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE case_counts c SET n = c.n - d.k
        FROM (SELECT deleted_at IS NOT NULL AS t, count(*) AS k FROM old_rows GROUP BY 1) d
        WHERE c.in_trash = d.t;
    ELSE
        UPDATE case_counts c SET n = c.n + d.k
        FROM (SELECT t, sum(k) AS k
              FROM (SELECT deleted_at IS NOT NULL AS t, 1 AS k FROM new_rows
                    UNION ALL
                    SELECT deleted_at IS NOT NULL, -1 FROM old_rows) AS x
              GROUP BY t HAVING sum(k) <> 0) d
        WHERE c.in_trash = d.t;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER case_counts_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION case_counts_keep();
CREATE TRIGGER case_counts_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION case_counts_keep();
CREATE TRIGGER case_counts_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION case_counts_keep();
GRANT SELECT ON case_counts TO zansai_consultant;
