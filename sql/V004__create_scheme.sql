-- A county's grant scheme (støtteordning) for a year, with its rules, and its rounds (utlysninger).
CREATE TABLE scheme (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  county_code         CHAR(2)       NOT NULL,
  scheme_year         INT           NOT NULL,
  name                VARCHAR(200)  NOT NULL,
  aid_intensity       DECIMAL(9,6)  NOT NULL,
  company_ceiling     DECIMAL(19,2) NOT NULL,
  delegation_limit    DECIMAL(19,2) NOT NULL,
  part_payment_share  DECIMAL(9,6)  NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_scheme_county FOREIGN KEY (county_code) REFERENCES county (code),
  CONSTRAINT ck_scheme_intensity CHECK (aid_intensity > 0 AND aid_intensity <= 1)
);

CREATE TABLE funding_round (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  scheme_id       BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  opens_on        DATE         NOT NULL,
  deadline        DATE         NULL,
  rolling         BOOLEAN      NOT NULL DEFAULT FALSE,
  budget_line_id  BIGINT       NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_round_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
  CONSTRAINT fk_round_budget_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id)
);

-- The round's scoring rubric: weights in percent summing to 100, each scored 1-5.
CREATE TABLE rubric_criterion (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  round_id        BIGINT      NOT NULL,
  code            VARCHAR(40) NOT NULL,
  weight_percent  INT         NOT NULL,
  position        INT         NOT NULL,
  CONSTRAINT uq_rubric_code UNIQUE (round_id, code),
  CONSTRAINT fk_rubric_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
  CONSTRAINT ck_rubric_weight CHECK (weight_percent > 0 AND weight_percent <= 100)
);
