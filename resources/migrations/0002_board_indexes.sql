-- Baton schema, version 2: indexes for the board's read model (core/storage/leadquery).
-- A column page walks leads_board in its sort order and stops after one page;
-- the header totals read leads_board_totals alone (it covers them).

CREATE INDEX leads_board ON leads(stage, score DESC, stage_since, id);
--;
CREATE INDEX leads_board_totals ON leads(stage, review, review_deadline, breached, amount);
--;
CREATE INDEX leads_source ON leads(source);
--;
CREATE INDEX leads_campaign ON leads(campaign);
