-- The whole application as counties ask for it (design §§ 2-3, domain §2.8): the restructuring the
-- training supports, the training period, the training plan, the financing plan, earlier de
-- minimis aid, the training committee; and the parts of an application a question reopens.

ALTER TABLE grant_application ADD COLUMN restructuring VARCHAR(4000) NULL;
ALTER TABLE grant_application ADD COLUMN training_start DATE NULL;
ALTER TABLE grant_application ADD COLUMN training_end DATE NULL;
ALTER TABLE grant_application ADD COLUMN own_contribution DECIMAL(19,2) NULL;
ALTER TABLE grant_application ADD COLUMN other_public_funding DECIMAL(19,2) NULL;
ALTER TABLE grant_application ADD COLUMN committee_management VARCHAR(200) NULL;
ALTER TABLE grant_application ADD COLUMN committee_employees VARCHAR(200) NULL;
ALTER TABLE grant_application ADD COLUMN company_legal_form VARCHAR(10) NULL;
ALTER TABLE grant_application ADD COLUMN company_county CHAR(2) NULL;

-- What is trained: one line per course or module.
CREATE TABLE training_plan_line (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  position        INT          NOT NULL,
  what            VARCHAR(300) NOT NULL,
  provider        VARCHAR(10)  NOT NULL,
  hours           INT          NOT NULL,
  weeks           INT          NOT NULL,
  participants    INT          NOT NULL,
  laid_off        INT          NOT NULL,
  apprentices     INT          NOT NULL,
  CONSTRAINT fk_training_plan_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT ck_training_plan_numbers CHECK (hours >= 0 AND weeks >= 0 AND participants >= 0 AND laid_off >= 0 AND apprentices >= 0)
);
CREATE INDEX ix_training_plan_application ON training_plan_line (application_id);

-- De minimis aid the company received in the current and the two previous fiscal years (NOK).
CREATE TABLE de_minimis_aid (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  position        INT           NOT NULL,
  fiscal_year     INT           NOT NULL,
  grantor         VARCHAR(200)  NOT NULL,
  amount          DECIMAL(19,2) NOT NULL,
  CONSTRAINT fk_de_minimis_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
  CONSTRAINT ck_de_minimis_amount CHECK (amount >= 0)
);
CREATE INDEX ix_de_minimis_application ON de_minimis_aid (application_id);

-- The scheme's figures for these rules (design §2; the state-aid ceiling and EUR/NOK rate are configuration).
ALTER TABLE scheme ADD COLUMN max_participant_weeks INT NOT NULL DEFAULT 26;
ALTER TABLE scheme ADD COLUMN finish_within_months INT NOT NULL DEFAULT 18;
ALTER TABLE scheme ADD COLUMN de_minimis_ceiling_eur DECIMAL(19,2) NOT NULL DEFAULT 300000.00;
ALTER TABLE scheme ADD COLUMN eur_nok_rate DECIMAL(9,4) NOT NULL DEFAULT 11.5000;
ALTER TABLE scheme ADD COLUMN wage_hour_factor DECIMAL(9,6) NOT NULL DEFAULT 0.000830;
ALTER TABLE scheme ADD COLUMN wage_hour_cap DECIMAL(19,2) NOT NULL DEFAULT 700.00;

-- The parts of the application a question to the applicant opens for changes.
CREATE TABLE info_request_part (
  info_request_id  BIGINT      NOT NULL,
  part             VARCHAR(20) NOT NULL,
  PRIMARY KEY (info_request_id, part),
  CONSTRAINT fk_info_request_part FOREIGN KEY (info_request_id) REFERENCES info_request (id)
);
