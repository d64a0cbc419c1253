-- The caseworkers' queue at scale (issue #6; measured on a million applications): the queue shows a
-- county's cases newest first (submitted_at DESC, then id), filtered by status or not. With these
-- indexes the first page is read in index order instead of sorting every case of the county.
-- (InnoDB appends the primary key to each index, so the id tie-break is in index order too.)
CREATE INDEX ix_application_queue ON grant_application (county_code, status, submitted_at);
CREATE INDEX ix_application_county_submitted ON grant_application (county_code, submitted_at);
