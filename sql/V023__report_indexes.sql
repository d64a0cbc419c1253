-- Indexes for the analysts' reports (issue #6). Every report reads one row per application and
-- looks its money up by the application's id, so these let each lookup read an index alone.

-- A grant's committed, disbursed, released and reclaimed money without touching the entries' rows.
CREATE INDEX ix_ledger_application_type ON ledger_entry (application_id, entry_type, amount);
-- Participants and training hours of an application's plan.
CREATE INDEX ix_training_plan_figures ON training_plan_line (application_id, participants, hours);
-- Filters: a round (with the status), the submission date range, a year's schemes and lines.
CREATE INDEX ix_application_round_status ON grant_application (round_id, status);
CREATE INDEX ix_application_submitted ON grant_application (submitted_at);
CREATE INDEX ix_scheme_year_county ON scheme (scheme_year, county_code);
CREATE INDEX ix_budget_line_year_county ON budget_line (budget_year, county_code);
