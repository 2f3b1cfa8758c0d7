-- Baton schema, version 5: indexes that answer a period's joint KPIs without reading the
-- log (core/storage/kpisource queryKpis). Each is partial over the few event kinds a KPI
-- reads and holds the payload values it needs as indexed expressions, so the queries never
-- touch lead_events itself; writes of the other kinds (activities and score changes are
-- most of the log) pay only the test of their kind, content downloads excepted.

-- The period's events by kind and time: counts, decisions, contacts, wins, rejections, undos.
-- Its condition is a chain of ORs, not an IN list: a query that names one kind can then use it
-- (SQLite takes a partial index when a term of the query's WHERE is one of the ORs).
CREATE INDEX lead_events_kpi ON lead_events(kind, at, lead_id,
    json_extract(payload, '$.handoff'), json_extract(payload, '$.handed_off_at'), json_extract(payload, '$.deadline'),
    json_extract(payload, '$.kind'), json_extract(payload, '$.reason'), json_extract(payload, '$.amount'),
    json_type(payload, '$.urgent'), json_extract(payload, '$.undoes'))
WHERE kind = 'created' OR kind = 'handed_off' OR kind = 'accepted' OR kind = 'rejected' OR kind = 'first_contact'
    OR kind = 'won' OR kind = 'lost' OR kind = 'undo';
--;
-- Review decisions in log order: the first one after each hand-off (SLA compliance).
CREATE INDEX lead_events_kpi_decisions ON lead_events(id, at, json_extract(payload, '$.handoff'))
WHERE (kind = 'accepted' OR (kind = 'rejected' AND json_extract(payload, '$.kind') = 'reject'));
--;
-- A hand-off's time by its id, for decisions and contacts that do not carry it.
CREATE INDEX lead_events_kpi_handoffs ON lead_events(json_extract(payload, '$.handoff'), id, at)
WHERE kind = 'handed_off';
--;
-- Each lead's stage moves in log order: MQL crossings, SQLs, opportunities.
CREATE INDEX lead_events_kpi_stages ON lead_events(lead_id, id, at, json_extract(payload, '$.to'),
    json_type(payload, '$.crossing'))
WHERE kind = 'stage_changed';
--;
-- Each lead's content downloads in log order (content-assisted closes).
CREATE INDEX lead_events_kpi_downloads ON lead_events(lead_id, id, at)
WHERE kind = 'activity' AND json_extract(payload, '$.type') = 'content_download';
