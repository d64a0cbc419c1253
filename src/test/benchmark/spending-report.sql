-- The SQL the report API runs for GET /api/v1/reports/spending?year=@year&groupBy=purpose,county
-- (reporting.ApplicationFigures.grouped(purpose by county, year)): every measure of each application
-- through an index on its id, summed per training purpose and county. Timed in the client next to the API call, so the
-- ratio compares the same work. The year is set by the caller: SET @year = 2020;
SELECT x.k, x.k2, COUNT(*), SUM(x.m0), SUM(x.m1), SUM(x.m2), SUM(x.m3), SUM(x.m4), SUM(x.m5), SUM(x.m6), SUM(x.m7), SUM(x.m8)
FROM (SELECT a.training_purpose AS k, a.county_code AS k2,
             a.amount_applied AS m0,
             COALESCE((SELECT rc.amount FROM recommendation rc
                       WHERE rc.id = (SELECT MAX(r2.id) FROM recommendation r2 WHERE r2.application_id = a.id)), 0) AS m1,
             COALESCE((SELECT CASE WHEN d.outcome IN ('GRANTED', 'PARTIALLY_GRANTED') THEN d.amount ELSE 0 END
                       FROM decision d WHERE d.id = (SELECT MAX(d2.id) FROM decision d2 WHERE d2.application_id = a.id)), 0) AS m2,
             COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'COMMITMENT'), 0) AS m3,
             COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'DISBURSEMENT'), 0) AS m4,
             COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'RELEASE'), 0) AS m5,
             COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'RECLAIM'), 0) AS m6,
             COALESCE((SELECT SUM(t.participants) FROM training_plan_line t WHERE t.application_id = a.id), 0) AS m7,
             COALESCE((SELECT SUM(t.hours * t.participants) FROM training_plan_line t WHERE t.application_id = a.id), 0) AS m8
      FROM grant_application a
      JOIN funding_round r ON r.id = a.round_id + 0
      JOIN scheme s ON s.id = r.scheme_id
      JOIN budget_line bl ON bl.id = r.budget_line_id
      WHERE a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED') AND s.scheme_year = @year) x
GROUP BY x.k, x.k2;
