-- Conflict of interest (inhabilitet, forvaltningsloven § 6): before acting on a case, each
-- caseworker and approver declares whether they are disqualified. Made once, never changed; a
-- person who declared a conflict can never act on the case.
CREATE TABLE impartiality_declaration (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  username        VARCHAR(80)   NOT NULL,
  conflicted      BOOLEAN       NOT NULL,
  reason          VARCHAR(1000) NULL,
  declared_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uq_impartiality UNIQUE (application_id, username),
  CONSTRAINT fk_impartiality_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
