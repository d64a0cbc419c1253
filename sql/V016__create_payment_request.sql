-- Payment requests (utbetalingsanmodninger) and the final report (sluttrapport). The request is
-- the workflow record; the money moves only as DISBURSEMENT entries on the ledger, which this row
-- names once paid. Approved payments are exported to the county's finance system in batches.
CREATE TABLE payment_export (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  county_code  CHAR(2)      NOT NULL,
  created_by   VARCHAR(80)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  payments     INT          NOT NULL,
  total        DECIMAL(19,2) NOT NULL,
  CONSTRAINT fk_payment_export_county FOREIGN KEY (county_code) REFERENCES county (code)
);

CREATE TABLE payment_request (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id       BIGINT        NOT NULL,
  kind                 VARCHAR(10)   NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  documented_costs     DECIMAL(19,2) NOT NULL,
  participants         INT           NULL,
  training_hours       INT           NULL,
  report               VARCHAR(4000) NULL,
  auditor_attested     BOOLEAN       NOT NULL DEFAULT FALSE,
  auditor_name         VARCHAR(200)  NULL,
  requested_by         VARCHAR(80)   NOT NULL,
  requested_at         DATETIME(6)   NOT NULL,
  amount               DECIMAL(19,2) NULL,
  first_approved_by    VARCHAR(80)   NULL,
  first_approved_at    DATETIME(6)   NULL,
  second_approved_by   VARCHAR(80)   NULL,
  second_approved_at   DATETIME(6)   NULL,
  rejected_by          VARCHAR(80)   NULL,
  rejected_at          DATETIME(6)   NULL,
  rejection_reason     VARCHAR(2000) NULL,
  ledger_entry_id      BIGINT        NULL,
  export_id            BIGINT        NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_payment_request_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT fk_payment_request_export FOREIGN KEY (export_id) REFERENCES payment_export (id),
  CONSTRAINT ck_payment_request_costs CHECK (documented_costs >= 0)
);
CREATE INDEX ix_payment_request_application ON payment_request (application_id);
CREATE INDEX ix_payment_request_status ON payment_request (status, export_id);

-- A reclaim (tilbakebetalingskrav): part or all of what was paid, with the reason; the money
-- returns to the line as a RECLAIM entry.
CREATE TABLE reclaim (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id   BIGINT        NOT NULL,
  amount           DECIMAL(19,2) NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  decided_by       VARCHAR(80)   NOT NULL,
  decided_at       DATETIME(6)   NOT NULL,
  ledger_entry_id  BIGINT        NOT NULL,
  CONSTRAINT fk_reclaim_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT ck_reclaim_amount CHECK (amount > 0)
);
CREATE INDEX ix_reclaim_application ON reclaim (application_id);
