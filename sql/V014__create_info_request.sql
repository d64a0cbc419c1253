-- The caseworker asks the applicant for more information, with a deadline; the case waits
-- (AWAITING_APPLICANT) until the applicant answers. Questions and answers are kept with the case.
CREATE TABLE info_request (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  question        VARCHAR(2000) NOT NULL,
  deadline        DATE          NOT NULL,
  asked_by        VARCHAR(80)   NOT NULL,
  asked_at        DATETIME(6)   NOT NULL,
  answer          VARCHAR(4000) NULL,
  answered_by     VARCHAR(80)   NULL,
  answered_at     DATETIME(6)   NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_info_request_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
CREATE INDEX ix_info_request_open ON info_request (answered_at, deadline);
