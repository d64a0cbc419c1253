-- A caseworker's scoring of an application on the round's rubric. Never overwritten: a new
-- score is a new sheet; the newest sheet is the current score.
CREATE TABLE score_sheet (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  scorer          VARCHAR(80)  NOT NULL,
  scored_at       DATETIME(6)  NOT NULL,
  total           DECIMAL(5,2) NOT NULL,
  CONSTRAINT fk_score_sheet_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
CREATE INDEX ix_score_sheet_application ON score_sheet (application_id);

CREATE TABLE criterion_score (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  score_sheet_id  BIGINT        NOT NULL,
  criterion_id    BIGINT        NOT NULL,
  score           INT           NOT NULL,
  justification   VARCHAR(2000) NOT NULL,
  CONSTRAINT fk_criterion_score_sheet FOREIGN KEY (score_sheet_id) REFERENCES score_sheet (id),
  CONSTRAINT fk_criterion_score_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criterion (id),
  CONSTRAINT ck_criterion_score_range CHECK (score BETWEEN 1 AND 5)
);

-- The caseworker's recommendation (innstilling). Append-only; the newest is the one decided on.
CREATE TABLE recommendation (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  amount          DECIMAL(19,2) NOT NULL,
  budget_line_id  BIGINT        NOT NULL,
  recommended_by  VARCHAR(80)   NOT NULL,
  recommended_at  DATETIME(6)   NOT NULL,
  note            VARCHAR(2000) NULL,
  CONSTRAINT fk_recommendation_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT fk_recommendation_budget_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
  CONSTRAINT ck_recommendation_amount CHECK (amount >= 0)
);
CREATE INDEX ix_recommendation_application ON recommendation (application_id);

-- The decision (vedtak), by an approver who is not the recommender.
CREATE TABLE decision (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  outcome         VARCHAR(20)   NOT NULL,
  amount          DECIMAL(19,2) NOT NULL,
  budget_line_id  BIGINT        NULL,
  decided_by      VARCHAR(80)   NOT NULL,
  decided_at      DATETIME(6)   NOT NULL,
  reasons         VARCHAR(4000) NOT NULL,
  -- No foreign key to budget_line on purpose: its check would take a shared lock on the line's row
  -- before the grant takes the line's write lock, and concurrent grants would deadlock upgrading it.
  -- The COMMITMENT ledger entry (with its key) ties the money to the line.
  CONSTRAINT fk_decision_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
CREATE INDEX ix_decision_budget_line ON decision (budget_line_id);
CREATE INDEX ix_decision_application ON decision (application_id);

-- The audit trail: every state change and money movement, append-only.
CREATE TABLE audit_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(6)   NOT NULL,
  actor        VARCHAR(80)   NOT NULL,
  action       VARCHAR(60)   NOT NULL,
  entity_type  VARCHAR(60)   NOT NULL,
  entity_id    BIGINT        NOT NULL,
  details      VARCHAR(2000) NULL
);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
