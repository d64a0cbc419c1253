-- Reversals: a correction is a new entry of the same type with the opposite amount that names the
-- entry it reverses; an entry can be reversed once.
ALTER TABLE ledger_entry ADD COLUMN reverses_entry_id BIGINT NULL;
ALTER TABLE ledger_entry ADD CONSTRAINT uq_ledger_reverses UNIQUE (reverses_entry_id);
-- Spending on measures other than BIO grants (e.g. upper secondary education) from flexible lines.
ALTER TABLE ledger_entry ADD COLUMN measure_id BIGINT NULL;
CREATE INDEX ix_ledger_measure ON ledger_entry (measure_id);
CREATE INDEX ix_ledger_type ON ledger_entry (entry_type);

CREATE TABLE measure (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  budget_line_id  BIGINT        NOT NULL,
  county_code     CHAR(2)       NOT NULL,
  purpose         VARCHAR(30)   NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  description     VARCHAR(2000) NULL,
  created_by      VARCHAR(80)   NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  CONSTRAINT fk_measure_budget_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
  CONSTRAINT fk_measure_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- A transfer between two lines of one county: requested by one person, booked when another
-- (an approver or admin of the county) approves it.
CREATE TABLE transfer_request (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  county_code   CHAR(2)       NOT NULL,
  from_line_id  BIGINT        NOT NULL,
  to_line_id    BIGINT        NOT NULL,
  amount        DECIMAL(19,2) NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  requested_by  VARCHAR(80)   NOT NULL,
  requested_at  DATETIME(6)   NOT NULL,
  decided_by    VARCHAR(80)   NULL,
  decided_at    DATETIME(6)   NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_transfer_from FOREIGN KEY (from_line_id) REFERENCES budget_line (id),
  CONSTRAINT fk_transfer_to FOREIGN KEY (to_line_id) REFERENCES budget_line (id),
  CONSTRAINT ck_transfer_amount CHECK (amount > 0)
);
