-- Baton schema, version 6: per-lead activity aggregates, so that rescoring every lead after a
-- model change reads no raw history (core/scoring/scoreaggregate, core/pipeline/modelrescore).
--
-- score_filters lists the activity tests of the scoring models: an activity type ('' = any) and
-- an optional property test, as the model JSON writes them. score_aggregates keeps, per filter and
-- lead, how many activities pass it and the times of the most recent ones: enough to evaluate
-- activity_count rules (with or without a window of at most 4 activities) and no_activity rules.
-- Triggers keep both current: a new model adds its filters and fills them from the activities,
-- every activity insert updates its lead's rows, and a changed or deleted activity recounts its lead.
--
-- The database classifies an activity only where SQLite's text functions agree with the scoring
-- engine's Qt ones (ASCII text values, valid JSON); anything else counts as "unsure", and the
-- pipeline scores that lead from its raw activities instead.

CREATE TABLE score_filters (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    type     TEXT NOT NULL, -- activity type id, '' = any
    property TEXT NOT NULL, -- '' = no property test
    contains TEXT NOT NULL, -- as in the model; '' = no test
    equals   TEXT NOT NULL, -- as in the model; '' = no test
    path     TEXT GENERATED ALWAYS AS ('$."' || property || '"') VIRTUAL,
    lcontains TEXT GENERATED ALWAYS AS (lower(contains)) VIRTUAL,
    lequals  TEXT GENERATED ALWAYS AS (lower(trim(equals, char(9, 10, 11, 12, 13, 32)))) VIRTUAL,
    fresh    INTEGER NOT NULL DEFAULT 1, -- not yet filled from the existing activities
    UNIQUE (type, property, contains, equals)
);
--;
CREATE TABLE score_aggregates (
    filter  INTEGER NOT NULL, -- score_filters.id
    lead_id TEXT NOT NULL,
    n       INTEGER NOT NULL, -- activities that pass the filter
    unsure  INTEGER NOT NULL, -- activities the database cannot classify
    r1      INTEGER,          -- `at` of the most recent passing activities, newest first
    r2      INTEGER,
    r3      INTEGER,
    r4      INTEGER,
    PRIMARY KEY (filter, lead_id)
) WITHOUT ROWID;
--;
-- Every (activity, filter) pair with the filter's verdict: 1 passes, 0 does not, NULL unsure.
-- Mirrors matchesActivity() in core/scoring/scoreengine.cpp; an unknown type reads as a note.
CREATE VIEW score_matches AS
SELECT f.id AS filter, f.fresh AS fresh, a.id AS activity, a.lead_id AS lead_id, a.at AS at,
       CASE
           WHEN f.property = '' THEN 1
           WHEN instr(f.property, '"') > 0 THEN NULL -- not expressible as a JSON path
           WHEN NOT json_valid(a.properties) THEN NULL
           WHEN json_type(a.properties, f.path) IS NULL OR json_type(a.properties, f.path) = 'null' THEN 0
           WHEN json_type(a.properties, f.path) <> 'text' THEN NULL
           ELSE (SELECT CASE
                            WHEN v = '' THEN 0
                            WHEN length(v) <> length(CAST(v AS BLOB)) THEN NULL
                            WHEN f.contains <> '' AND instr(lower(v), f.lcontains) = 0 THEN 0
                            WHEN f.equals <> '' AND lower(trim(v, char(9, 10, 11, 12, 13, 32))) <> f.lequals THEN 0
                            ELSE 1
                        END
                 FROM (SELECT json_extract(a.properties, f.path) AS v))
       END AS hit
FROM score_filters f
CROSS JOIN activities a -- the filters drive: a trigger's lookup of one activity or one lead stays indexed
WHERE f.type = '' OR f.type = a.type
      OR (f.type = 'note' AND a.type NOT IN ('page_view', 'content_download', 'webinar_attended', 'email_open',
                                             'email_click', 'form_submit', 'demo_request', 'unsubscribe', 'call',
                                             'email_sent', 'meeting'));
--;
-- The filters of the newest model, and the "any activity" filter that no_activity rules read.
INSERT OR IGNORE INTO score_filters (type, property, contains, equals)
SELECT DISTINCT coalesce(json_extract(r.value, '$.activity_type'), ''), coalesce(json_extract(r.value, '$.property'), ''),
       coalesce(json_extract(r.value, '$.property_contains'), ''), coalesce(json_extract(r.value, '$.property_equals'), '')
FROM (SELECT definition FROM scoring_models ORDER BY version DESC LIMIT 1) m,
     json_each(CASE WHEN json_valid(m.definition) THEN m.definition ELSE '{}' END, '$.rules') r
WHERE r.type = 'object' AND json_extract(r.value, '$.kind') = 'activity_count';
--;
INSERT OR IGNORE INTO score_filters (type, property, contains, equals) VALUES ('', '', '', '');
--;
INSERT INTO score_aggregates (filter, lead_id, n, unsure, r1, r2, r3, r4)
SELECT filter, lead_id, sum(hit IS 1), sum(hit IS NULL), max(CASE WHEN rn = 1 THEN at END),
       max(CASE WHEN rn = 2 THEN at END), max(CASE WHEN rn = 3 THEN at END), max(CASE WHEN rn = 4 THEN at END)
FROM (SELECT filter, lead_id, at, hit,
             CASE WHEN hit = 1 THEN row_number() OVER (PARTITION BY filter, lead_id, hit ORDER BY at DESC) END AS rn
      FROM score_matches
      WHERE fresh AND hit IS NOT 0)
GROUP BY filter, lead_id;
--;
UPDATE score_filters SET fresh = 0;
--;
CREATE TRIGGER score_filters_of_model AFTER INSERT ON scoring_models
BEGIN
    INSERT OR IGNORE INTO score_filters (type, property, contains, equals)
    SELECT DISTINCT coalesce(json_extract(r.value, '$.activity_type'), ''), coalesce(json_extract(r.value, '$.property'), ''),
           coalesce(json_extract(r.value, '$.property_contains'), ''),
           coalesce(json_extract(r.value, '$.property_equals'), '')
    FROM json_each(CASE WHEN json_valid(NEW.definition) THEN NEW.definition ELSE '{}' END, '$.rules') r
    WHERE r.type = 'object' AND json_extract(r.value, '$.kind') = 'activity_count';
    INSERT OR IGNORE INTO score_filters (type, property, contains, equals) VALUES ('', '', '', '');
    INSERT INTO score_aggregates (filter, lead_id, n, unsure, r1, r2, r3, r4)
    SELECT filter, lead_id, sum(hit IS 1), sum(hit IS NULL), max(CASE WHEN rn = 1 THEN at END),
           max(CASE WHEN rn = 2 THEN at END), max(CASE WHEN rn = 3 THEN at END), max(CASE WHEN rn = 4 THEN at END)
    FROM (SELECT filter, lead_id, at, hit,
                 CASE WHEN hit = 1 THEN row_number() OVER (PARTITION BY filter, lead_id, hit ORDER BY at DESC) END AS rn
          FROM score_matches
          WHERE fresh AND hit IS NOT 0)
    GROUP BY filter, lead_id;
    UPDATE score_filters SET fresh = 0 WHERE fresh;
END;
--;
CREATE TRIGGER score_aggregates_insert AFTER INSERT ON activities
BEGIN
    INSERT INTO score_aggregates (filter, lead_id, n, unsure, r1)
    SELECT filter, NEW.lead_id, hit IS 1, hit IS NULL, CASE WHEN hit THEN NEW.at END
    FROM score_matches
    WHERE activity = NEW.id AND hit IS NOT 0
    ON CONFLICT (filter, lead_id) DO UPDATE SET
        n = n + excluded.n,
        unsure = unsure + excluded.unsure,
        r1 = CASE WHEN excluded.n = 0 THEN r1
                  WHEN r1 IS NULL OR excluded.r1 >= r1 THEN excluded.r1 ELSE r1 END,
        r2 = CASE WHEN excluded.n = 0 THEN r2
                  WHEN r1 IS NULL OR excluded.r1 >= r1 THEN r1
                  WHEN r2 IS NULL OR excluded.r1 >= r2 THEN excluded.r1 ELSE r2 END,
        r3 = CASE WHEN excluded.n = 0 THEN r3
                  WHEN r2 IS NULL OR excluded.r1 >= r2 THEN r2
                  WHEN r3 IS NULL OR excluded.r1 >= r3 THEN excluded.r1 ELSE r3 END,
        r4 = CASE WHEN excluded.n = 0 THEN r4
                  WHEN r3 IS NULL OR excluded.r1 >= r3 THEN r3
                  WHEN r4 IS NULL OR excluded.r1 >= r4 THEN excluded.r1 ELSE r4 END;
END;
--;
CREATE TRIGGER score_aggregates_update AFTER UPDATE OF lead_id, type, at, properties ON activities
BEGIN
    DELETE FROM score_aggregates
    WHERE filter IN (SELECT id FROM score_filters) AND lead_id IN (OLD.lead_id, NEW.lead_id);
    INSERT INTO score_aggregates (filter, lead_id, n, unsure, r1, r2, r3, r4)
    SELECT filter, lead_id, sum(hit IS 1), sum(hit IS NULL), max(CASE WHEN rn = 1 THEN at END),
           max(CASE WHEN rn = 2 THEN at END), max(CASE WHEN rn = 3 THEN at END), max(CASE WHEN rn = 4 THEN at END)
    FROM (SELECT filter, lead_id, at, hit,
                 CASE WHEN hit = 1 THEN row_number() OVER (PARTITION BY filter, lead_id, hit ORDER BY at DESC) END AS rn
          FROM score_matches
          WHERE lead_id IN (OLD.lead_id, NEW.lead_id) AND hit IS NOT 0)
    GROUP BY filter, lead_id;
END;
--;
CREATE TRIGGER score_aggregates_delete AFTER DELETE ON activities
BEGIN
    DELETE FROM score_aggregates WHERE filter IN (SELECT id FROM score_filters) AND lead_id = OLD.lead_id;
    INSERT INTO score_aggregates (filter, lead_id, n, unsure, r1, r2, r3, r4)
    SELECT filter, lead_id, sum(hit IS 1), sum(hit IS NULL), max(CASE WHEN rn = 1 THEN at END),
           max(CASE WHEN rn = 2 THEN at END), max(CASE WHEN rn = 3 THEN at END), max(CASE WHEN rn = 4 THEN at END)
    FROM (SELECT filter, lead_id, at, hit,
                 CASE WHEN hit = 1 THEN row_number() OVER (PARTITION BY filter, lead_id, hit ORDER BY at DESC) END AS rn
          FROM score_matches
          WHERE lead_id = OLD.lead_id AND hit IS NOT 0)
    GROUP BY filter, lead_id;
END;
