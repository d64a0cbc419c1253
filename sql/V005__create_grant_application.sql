-- An application (søknad), with a snapshot of the company as it was when applying.
CREATE TABLE grant_application (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference          VARCHAR(9)    NULL,
  round_id           BIGINT        NOT NULL,
  company_id         BIGINT        NOT NULL,
  county_code        CHAR(2)       NOT NULL,
  status             VARCHAR(30)   NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  description        VARCHAR(4000) NOT NULL,
  training_purpose   VARCHAR(30)   NOT NULL,
  amount_applied     DECIMAL(19,2) NOT NULL,
  company_name       VARCHAR(200)  NOT NULL,
  org_number         CHAR(9)       NOT NULL,
  nace_code          VARCHAR(10)   NOT NULL,
  employees          INT           NOT NULL,
  created_by         VARCHAR(80)   NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  submitted_at       DATETIME(6)   NULL,
  assignee           VARCHAR(80)   NULL,
  score              DECIMAL(5,2)  NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_application_reference UNIQUE (county_code, reference),
  CONSTRAINT fk_application_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
  CONSTRAINT fk_application_company FOREIGN KEY (company_id) REFERENCES company (id),
  CONSTRAINT fk_application_county FOREIGN KEY (county_code) REFERENCES county (code),
  CONSTRAINT ck_application_amount CHECK (amount_applied >= 0)
);
CREATE INDEX ix_application_county_status ON grant_application (county_code, status);
CREATE INDEX ix_application_company ON grant_application (company_id);

CREATE TABLE cost_plan_line (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  position        INT           NOT NULL,
  category        VARCHAR(20)   NOT NULL,
  description     VARCHAR(300)  NOT NULL,
  amount          DECIMAL(19,2) NOT NULL,
  CONSTRAINT fk_cost_line_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT ck_cost_line_amount CHECK (amount >= 0)
);

-- Every status change: who, when, from, to, why. Append-only.
CREATE TABLE status_change (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  seq             INT           NOT NULL,
  from_status     VARCHAR(30)   NULL,
  to_status       VARCHAR(30)   NOT NULL,
  actor           VARCHAR(80)   NOT NULL,
  changed_at      DATETIME(6)   NOT NULL,
  reason          VARCHAR(1000) NULL,
  CONSTRAINT uq_status_change_seq UNIQUE (application_id, seq),
  CONSTRAINT fk_status_change_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);

-- Reference numbers YYYY-NNNN per county and year, drawn under a row lock (never MAX()+1).
CREATE TABLE reference_counter (
  county_code   CHAR(2) NOT NULL,
  counter_year  INT     NOT NULL,
  last_value    INT     NOT NULL,
  PRIMARY KEY (county_code, counter_year),
  CONSTRAINT fk_reference_counter_county FOREIGN KEY (county_code) REFERENCES county (code)
);
