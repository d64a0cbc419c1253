-- Appeals (klager) on a decision (fvl. §§ 28-34). Each appeal is its own row; an application may be
-- appealed more than once over time, but has at most one open appeal (outcome NULL) at a time.
-- The appeal is checked against its deadline (the decision date + 3 weeks), may be considered
-- although late (fvl. § 31, with a reason), is reversed by the county (fvl. § 33) or forwarded to
-- the county's appeal body (klagenemnd) with the county's statement, and ends with an outcome.
CREATE TABLE appeal (
  id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id          BIGINT        NOT NULL,
  decision_id             BIGINT        NOT NULL,
  appealed_status         VARCHAR(30)   NOT NULL,
  channel                 VARCHAR(20)   NOT NULL,
  grounds                 VARCHAR(4000) NOT NULL,
  received_on             DATE          NOT NULL,
  deadline                DATE          NOT NULL,
  registered_by           VARCHAR(80)   NOT NULL,
  registered_at           DATETIME(6)   NOT NULL,
  late_reason             VARCHAR(2000) NULL,
  late_considered_by      VARCHAR(80)   NULL,
  late_considered_at      DATETIME(6)   NULL,
  forwarded_on            DATE          NULL,
  forwarding_statement    VARCHAR(4000) NULL,
  forwarded_by            VARCHAR(80)   NULL,
  forwarded_at            DATETIME(6)   NULL,
  outcome                 VARCHAR(30)   NULL,
  outcome_on              DATE          NULL,
  body_case_number        VARCHAR(40)   NULL,
  outcome_reason          VARCHAR(2000) NULL,
  closed_by               VARCHAR(80)   NULL,
  closed_at               DATETIME(6)   NULL,
  version                 BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_appeal_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT fk_appeal_decision FOREIGN KEY (decision_id) REFERENCES decision (id)
);
CREATE INDEX ix_appeal_application ON appeal (application_id);
