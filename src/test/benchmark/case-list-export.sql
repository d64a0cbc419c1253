-- The columns and rows of GET /api/v1/reports/cases (all years; reporting.ApplicationFigures.casePage
-- without its id window): every application that counts as applied for, with its current decision's
-- state-aid basis and its measures, by id. Written to a file by the client (mariadb -B --quick) as
-- the baseline the API's export is compared with: the same rows and columns, without the xlsx.
SELECT a.id, a.reference, a.county_code, a.round_id, r.name, r.budget_line_id, a.company_name, a.org_number,
       a.nace_code, a.employees, a.training_purpose, a.status, a.submitted_at,
       (SELECT d.state_aid_basis FROM decision d WHERE d.id = (SELECT MAX(d2.id) FROM decision d2 WHERE d2.application_id = a.id)),
       a.amount_applied,
       COALESCE((SELECT rc.amount FROM recommendation rc
                 WHERE rc.id = (SELECT MAX(r2.id) FROM recommendation r2 WHERE r2.application_id = a.id)), 0),
       COALESCE((SELECT CASE WHEN d.outcome IN ('GRANTED', 'PARTIALLY_GRANTED') THEN d.amount ELSE 0 END
                 FROM decision d WHERE d.id = (SELECT MAX(d2.id) FROM decision d2 WHERE d2.application_id = a.id)), 0),
       COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'COMMITMENT'), 0),
       COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'DISBURSEMENT'), 0),
       COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'RELEASE'), 0),
       COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = 'RECLAIM'), 0),
       COALESCE((SELECT SUM(t.participants) FROM training_plan_line t WHERE t.application_id = a.id), 0),
       COALESCE((SELECT SUM(t.hours * t.participants) FROM training_plan_line t WHERE t.application_id = a.id), 0)
FROM grant_application a
JOIN funding_round r ON r.id = a.round_id + 0
JOIN scheme s ON s.id = r.scheme_id
JOIN budget_line bl ON bl.id = r.budget_line_id
WHERE a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')
ORDER BY a.id;
