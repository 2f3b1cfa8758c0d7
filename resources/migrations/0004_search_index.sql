-- Baton schema, version 4: what the board's text search reads (core/storage/leadquery).
-- The search finds a piece of text anywhere in a lead's name, company or e-mail, as
-- LIKE '%text%' did over every lead. lead_search_text keeps just those three texts, one
-- row per lead under the lead's rowid (VACUUM keeps rowids: leads is copied whole), and
-- lead_search indexes them by trigram (FTS5, external content). The query narrows with
-- the index for three characters or more and always checks LIKE on lead_search_text, so
-- it finds exactly what LIKE found; shorter text reads lead_search_text alone, a few MB.
-- Triggers keep both current. The update trigger names only the searched columns and
-- does nothing unless one of them changed: every action rewrites its lead.

CREATE TABLE lead_search_text (
    id      INTEGER PRIMARY KEY, -- leads.rowid
    name    TEXT NOT NULL,       -- first_name || ' ' || last_name
    company TEXT NOT NULL,
    email   TEXT NOT NULL
);
--;
CREATE VIRTUAL TABLE lead_search USING fts5(
    name, company, email, content = 'lead_search_text', content_rowid = 'id', tokenize = 'trigram');
--;
INSERT INTO lead_search_text (id, name, company, email)
SELECT rowid, first_name || ' ' || last_name, company, email FROM leads;
--;
INSERT INTO lead_search (lead_search) VALUES ('rebuild');
--;
CREATE TRIGGER lead_search_insert AFTER INSERT ON leads
BEGIN
    INSERT INTO lead_search_text (id, name, company, email)
    VALUES (new.rowid, new.first_name || ' ' || new.last_name, new.company, new.email);
    INSERT INTO lead_search (rowid, name, company, email)
    VALUES (new.rowid, new.first_name || ' ' || new.last_name, new.company, new.email);
END;
--;
CREATE TRIGGER lead_search_update AFTER UPDATE OF first_name, last_name, company, email ON leads
WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name
    OR old.company IS NOT new.company OR old.email IS NOT new.email
BEGIN
    -- An external-content index forgets a row given the text it was indexed with.
    INSERT INTO lead_search (lead_search, rowid, name, company, email)
    VALUES ('delete', old.rowid, old.first_name || ' ' || old.last_name, old.company, old.email);
    UPDATE lead_search_text
    SET name = new.first_name || ' ' || new.last_name, company = new.company, email = new.email
    WHERE id = new.rowid;
    INSERT INTO lead_search (rowid, name, company, email)
    VALUES (new.rowid, new.first_name || ' ' || new.last_name, new.company, new.email);
END;
--;
CREATE TRIGGER lead_search_delete AFTER DELETE ON leads
BEGIN
    INSERT INTO lead_search (lead_search, rowid, name, company, email)
    VALUES ('delete', old.rowid, old.first_name || ' ' || old.last_name, old.company, old.email);
    DELETE FROM lead_search_text WHERE id = old.rowid;
END;
