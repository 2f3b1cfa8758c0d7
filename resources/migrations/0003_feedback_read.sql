-- Baton schema, version 3: marketing's read marks on rejection feedback (ui/feedback).
-- One row per rejected or lost event that marketing has read, with who and when
-- (core/storage/feedbackstore). Not a lead event: reading feedback does not change
-- the lead. Unmarking deletes the row.

CREATE TABLE feedback_reads (
    event_id INTEGER PRIMARY KEY REFERENCES lead_events(id),
    read_by  TEXT NOT NULL REFERENCES users(id),
    read_at  INTEGER NOT NULL
);
