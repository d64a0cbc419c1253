-- A caseworker's override of a failed eligibility gate, always with a written reason. Kept for
-- good: an override is part of the case's record for appeal and audit.
CREATE TABLE gate_override (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  gate            VARCHAR(40)   NOT NULL,
  reason          VARCHAR(1000) NOT NULL,
  overridden_by   VARCHAR(80)   NOT NULL,
  overridden_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_gate_override UNIQUE (application_id, gate),
  CONSTRAINT fk_gate_override_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
