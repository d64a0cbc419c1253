-- The company profile (issue #3): the business municipality by its number, whose first two digits
-- are the county; legal forms as Brønnøysund codes; contact persons. The bank account column came
-- with V015. No table of municipalities: the number's county is checked against the county table,
-- the municipality's name is stored as the company gives it (see package-info of applicant).

-- The municipality column held the name only; it keeps it under a clearer name, beside the number.
ALTER TABLE company RENAME COLUMN municipality TO municipality_name;
-- NULL only for companies registered before this migration: their profile asks for it when next saved.
ALTER TABLE company ADD COLUMN municipality_number CHAR(4) NULL;
-- The county is the municipality number's first two digits (rule C3), never anything else.
ALTER TABLE company ADD CONSTRAINT ck_company_municipality_county
  CHECK (municipality_number IS NULL OR SUBSTRING(municipality_number, 1, 2) = county_code);
ALTER TABLE company ADD CONSTRAINT ck_company_employees_max CHECK (employees <= 100000);

-- Legal forms are stored as the register's upper-case codes; a code the application does not know
-- becomes ANNA (annen juridisk person), so every row maps to a known form.
UPDATE company SET legal_form = UPPER(TRIM(legal_form));
UPDATE company SET legal_form = 'ANNA'
  WHERE legal_form NOT IN ('AS', 'ASA', 'ENK', 'ANS', 'DA', 'SA', 'BA', 'KS', 'NUF', 'SE', 'STI', 'FLI', 'SPA', 'ANNA',
                           'SF', 'KF', 'FKF', 'IKS', 'ORGL', 'STAT', 'KOMM', 'FYLK');

-- The company's contact persons, in the order it gave them (at least one: checked by the application).
CREATE TABLE company_contact (
  company_id  BIGINT       NOT NULL,
  position    INT          NOT NULL,
  name        VARCHAR(120) NOT NULL,
  email       VARCHAR(254) NOT NULL,
  phone       VARCHAR(20)  NULL,
  PRIMARY KEY (company_id, position),
  CONSTRAINT fk_company_contact_company FOREIGN KEY (company_id) REFERENCES company (id)
);
