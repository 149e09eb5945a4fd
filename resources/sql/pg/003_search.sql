-- 003 (PostgreSQL): search as you type, from one character. `case_search` holds the same
-- normalised texts as in SQLite (../003_search.sql). Why two indexes (docs/security.md, "Firm
-- store on PostgreSQL"; core/store/ServerSearch.cpp):
--  * 3+ characters: pg_trgm's GIN indexes serve `LIKE '%…%'` on each text.
--  * 1–2 characters (山, 山田): a pattern that short has no trigram, so pg_trgm can only scan
--    (the whole index or the table). `case_grams` holds every distinct 1- and 2-character gram of
--    each case's texts (the n-grams the encrypted SQLite store keeps blind): one index look-up.
-- A trigger keeps case_grams in step with case_search; ON DELETE CASCADE removes both.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE case_search (
    case_id   bigint PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    name      text NOT NULL,
    creditors text NOT NULL,
    notes     text NOT NULL
);
CREATE INDEX case_search_name_trgm      ON case_search USING gin (name gin_trgm_ops);
CREATE INDEX case_search_creditors_trgm ON case_search USING gin (creditors gin_trgm_ops);
CREATE INDEX case_search_notes_trgm     ON case_search USING gin (notes gin_trgm_ops);

CREATE TABLE case_grams (
    gram    text   NOT NULL,
    case_id bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (gram, case_id)
);
CREATE INDEX case_grams_by_case ON case_grams (case_id);

-- Line breaks separate the texts (and a name from its reading): no gram spans two of them.
CREATE FUNCTION case_search_grams() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM case_grams WHERE case_id = NEW.case_id;
    INSERT INTO case_grams (gram, case_id)
    SELECT DISTINCT substr(s.t, i, n), NEW.case_id
    FROM (SELECT NEW.name || E'\n' || NEW.creditors || E'\n' || NEW.notes AS t) s,
         generate_series(1, 2) AS n, generate_series(1, length(s.t)) AS i
    WHERE length(substr(s.t, i, n)) = n AND strpos(substr(s.t, i, n), E'\n') = 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER case_search_grams AFTER INSERT OR UPDATE ON case_search
    FOR EACH ROW EXECUTE FUNCTION case_search_grams();

DELETE FROM meta WHERE key = 'derived_version';
