-- Applicant companies (søkere). A user may represent several companies, a company have several users.
CREATE TABLE company (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_number    CHAR(9)      NOT NULL,
  name          VARCHAR(200) NOT NULL,
  legal_form    VARCHAR(10)  NOT NULL,
  nace_code     VARCHAR(10)  NOT NULL,
  employees     INT          NOT NULL,
  municipality  VARCHAR(80)  NOT NULL,
  county_code   CHAR(2)      NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_company_org_number UNIQUE (org_number),
  CONSTRAINT fk_company_county FOREIGN KEY (county_code) REFERENCES county (code),
  CONSTRAINT ck_company_employees CHECK (employees >= 0)
);

CREATE TABLE company_user (
  company_id  BIGINT NOT NULL,
  user_id     BIGINT NOT NULL,
  PRIMARY KEY (company_id, user_id),
  CONSTRAINT fk_company_user_company FOREIGN KEY (company_id) REFERENCES company (id),
  CONSTRAINT fk_company_user_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
