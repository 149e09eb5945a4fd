-- 003: search as you type over the client's name (kanji and kana), creditors and notes.
-- `case_search` holds the texts normalised by core/store/SearchText.cpp (NFKC, case-folded,
-- katakana as hiragana, no white space), each ending in two line breaks. Queries of 3+ characters
-- are a phrase in the FTS5 trigram index. A 1–2 character query (山田, 佐藤) has no trigram of its
-- own, but thanks to the two line breaks every occurrence of it starts some indexed trigram: the
-- store looks those up in `case_fts_terms` and matches any of them.
CREATE TABLE case_search (
    case_id   INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,                 -- the name, a line break, the reading
    creditors TEXT NOT NULL,                 -- one per line
    notes     TEXT NOT NULL
);

CREATE VIRTUAL TABLE case_fts USING fts5 (
    name, creditors, notes,
    content = 'case_search', content_rowid = 'case_id', tokenize = 'trigram'
);

-- The trigrams of the index, for the prefix look-up of 1–2 character queries (term >= ? AND …).
CREATE VIRTUAL TABLE case_fts_terms USING fts5vocab (case_fts, 'row');

-- The index follows its content table (also through ON DELETE CASCADE from cases).
CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN
    INSERT INTO case_fts (rowid, name, creditors, notes)
    VALUES (new.case_id, new.name, new.creditors, new.notes);
END;
CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
    INSERT INTO case_fts (case_fts, rowid, name, creditors, notes)
    VALUES ('delete', old.case_id, old.name, old.creditors, old.notes);
END;
CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN
    INSERT INTO case_fts (case_fts, rowid, name, creditors, notes)
    VALUES ('delete', old.case_id, old.name, old.creditors, old.notes);
    INSERT INTO case_fts (rowid, name, creditors, notes)
    VALUES (new.case_id, new.name, new.creditors, new.notes);
END;

-- Filled from the documents by the store on its next open (derived data: see README.md).
DELETE FROM meta WHERE key = 'derived_version';
