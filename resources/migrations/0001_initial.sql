-- Baton schema, version 1.
-- Times are UTC milliseconds since the epoch. Statements are separated by a line
-- holding only "--;" so the migration runner needs no SQL parser.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
--;
CREATE TABLE users (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('sales_rep','sales_manager','marketing_manager','marketer','admin')),
    active   INTEGER NOT NULL DEFAULT 1,
    away     INTEGER NOT NULL DEFAULT 0,
    capacity INTEGER NOT NULL DEFAULT -1, -- -1: no limit
    seq      INTEGER NOT NULL UNIQUE
);
--;
CREATE TABLE reasons (
    id            TEXT PRIMARY KEY,
    label         TEXT NOT NULL,
    explanation   TEXT NOT NULL DEFAULT '',
    needs_comment INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL
);
--;
CREATE TABLE campaigns (
    name   TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT ''
);
--;
CREATE TABLE spend (
    id       INTEGER PRIMARY KEY,
    campaign TEXT NOT NULL REFERENCES campaigns(name),
    at       INTEGER NOT NULL,
    amount   REAL NOT NULL,
    actor    TEXT NOT NULL
);
--;
CREATE INDEX spend_at ON spend(at);
--;
CREATE TABLE scoring_models (
    version      INTEGER PRIMARY KEY,
    published_at INTEGER NOT NULL,
    published_by TEXT NOT NULL,
    definition   TEXT NOT NULL
);
--;
CREATE TABLE leads (
    id              TEXT PRIMARY KEY,
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    company         TEXT NOT NULL DEFAULT '',
    company_size    INTEGER,
    industry        TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    campaign        TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    stage           TEXT NOT NULL,
    stage_since     INTEGER NOT NULL,
    review          TEXT NOT NULL DEFAULT '',
    owner           TEXT REFERENCES users(id),
    urgent          INTEGER NOT NULL DEFAULT 0,
    score           INTEGER NOT NULL DEFAULT 0,
    model_version   INTEGER NOT NULL DEFAULT 0,
    amount          REAL,
    handoff_id      INTEGER,
    review_deadline INTEGER NOT NULL DEFAULT 0,
    assigned_at     INTEGER NOT NULL DEFAULT 0,
    reminded        INTEGER NOT NULL DEFAULT 0,
    breached        INTEGER NOT NULL DEFAULT 0,
    last_activity   INTEGER NOT NULL,
    last_touch      INTEGER NOT NULL,
    score_due       INTEGER,
    next_due        INTEGER,
    version         INTEGER NOT NULL DEFAULT 1
);
--;
CREATE INDEX leads_stage ON leads(stage, stage_since);
--;
CREATE INDEX leads_owner ON leads(owner, review);
--;
CREATE INDEX leads_next_due ON leads(next_due) WHERE next_due IS NOT NULL;
--;
CREATE INDEX leads_email ON leads(email COLLATE NOCASE);
--;
CREATE TABLE activities (
    id         INTEGER PRIMARY KEY,
    lead_id    TEXT NOT NULL REFERENCES leads(id),
    type       TEXT NOT NULL,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    properties TEXT NOT NULL DEFAULT '{}'
);
--;
CREATE INDEX activities_lead ON activities(lead_id, at);
--;
CREATE TABLE handoffs (
    id              INTEGER PRIMARY KEY,
    lead_id         TEXT NOT NULL REFERENCES leads(id),
    at              INTEGER NOT NULL,
    by_user         TEXT NOT NULL,
    rep             TEXT REFERENCES users(id),
    first_deadline  INTEGER NOT NULL,
    urgent          INTEGER NOT NULL DEFAULT 0,
    decision        TEXT NOT NULL DEFAULT '',
    decided_at      INTEGER,
    decided_by      TEXT,
    first_contact_at INTEGER,
    closed_at       INTEGER
);
--;
CREATE INDEX handoffs_lead ON handoffs(lead_id);
--;
CREATE TABLE scores (
    lead_id       TEXT PRIMARY KEY REFERENCES leads(id),
    score         INTEGER NOT NULL,
    model_version INTEGER NOT NULL,
    fired         TEXT NOT NULL DEFAULT '',
    computed_at   INTEGER NOT NULL
);
--;
CREATE TABLE lead_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    lead_id TEXT NOT NULL REFERENCES leads(id),
    kind    TEXT NOT NULL,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}'
);
--;
CREATE INDEX lead_events_lead ON lead_events(lead_id, id);
--;
CREATE INDEX lead_events_at ON lead_events(at);
--;
CREATE TABLE notifications (
    id      INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    lead_id TEXT REFERENCES leads(id),
    kind    TEXT NOT NULL,
    at      INTEGER NOT NULL,
    message TEXT NOT NULL,
    is_read INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX notifications_user ON notifications(user_id, is_read, at);
--;
-- The log is append-only: the database itself refuses to change or delete history.
CREATE TRIGGER lead_events_no_update BEFORE UPDATE ON lead_events
BEGIN SELECT RAISE(ABORT, 'lead_events is append-only'); END;
--;
CREATE TRIGGER lead_events_no_delete BEFORE DELETE ON lead_events
BEGIN SELECT RAISE(ABORT, 'lead_events is append-only'); END;
