-- Money from a source (a national or county allocation), split between counties into budget lines.
CREATE TABLE allocation (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(200)  NOT NULL,
  source           VARCHAR(200)  NOT NULL,
  allocation_year  INT           NOT NULL,
  amount           DECIMAL(19,2) NOT NULL,
  flexible         BOOLEAN       NOT NULL,
  split_method     VARCHAR(30)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  created_by       VARCHAR(80)   NOT NULL,
  CONSTRAINT ck_allocation_amount CHECK (amount > 0)
);

CREATE TABLE allocation_purpose (
  allocation_id  BIGINT      NOT NULL,
  purpose        VARCHAR(30) NOT NULL,
  PRIMARY KEY (allocation_id, purpose),
  CONSTRAINT fk_allocation_purpose FOREIGN KEY (allocation_id) REFERENCES allocation (id)
);

-- One county's share of an allocation for a year. The money columns are the balance row: they
-- change only in the transaction that appends the ledger entry they reflect, under the row's lock.
CREATE TABLE budget_line (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allocation_id  BIGINT        NOT NULL,
  county_code    CHAR(2)       NOT NULL,
  budget_year    INT           NOT NULL,
  name           VARCHAR(200)  NOT NULL,
  allocated      DECIMAL(19,2) NOT NULL DEFAULT 0,
  transferred    DECIMAL(19,2) NOT NULL DEFAULT 0,
  committed      DECIMAL(19,2) NOT NULL DEFAULT 0,
  disbursed      DECIMAL(19,2) NOT NULL DEFAULT 0,
  released       DECIMAL(19,2) NOT NULL DEFAULT 0,
  reclaimed      DECIMAL(19,2) NOT NULL DEFAULT 0,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_budget_line UNIQUE (allocation_id, county_code, budget_year),
  CONSTRAINT fk_budget_line_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id),
  CONSTRAINT fk_budget_line_county FOREIGN KEY (county_code) REFERENCES county (code),
  -- The invariant, enforced by the database as a last line of defence: never overcommitted.
  CONSTRAINT ck_budget_line_available CHECK (allocated + transferred - committed >= 0)
);

-- Append-only: a correction is a reversing entry, never an update or a delete.
-- budget_line_id has no foreign key on purpose: a key check takes a shared lock on the line's row,
-- and an entry written before the booking would then have to upgrade it (deadlocks under load).
-- The booking writes the entry first and takes the line's write lock last, for the shortest hold.
-- Lines are never deleted; the ledger check (ledger vs balance rows) covers the reference.
CREATE TABLE ledger_entry (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  budget_line_id  BIGINT        NOT NULL,
  entry_type      VARCHAR(20)   NOT NULL,
  amount          DECIMAL(19,2) NOT NULL,
  occurred_at     DATETIME(6)   NOT NULL,
  actor           VARCHAR(80)   NOT NULL,
  application_id  BIGINT        NULL,
  note            VARCHAR(500)  NULL
);
CREATE INDEX ix_ledger_line_time ON ledger_entry (budget_line_id, occurred_at);
CREATE INDEX ix_ledger_application ON ledger_entry (application_id);
