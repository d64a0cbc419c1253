-- Above the scheme's delegation limit the political committee decides; the approver records the
-- committee's decision with its case number.
ALTER TABLE decision ADD COLUMN committee_case_number VARCHAR(40) NULL;
