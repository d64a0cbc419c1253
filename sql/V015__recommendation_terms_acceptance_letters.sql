-- What a recommendation and its decision promise beyond the amount: the state-aid basis and the
-- conditions (from the county's library, edited per case), the deadline for accepting the grant,
-- the letters generated from the decision, and the company's bank account for payments.

-- The scheme's rules for acceptance and payments (design §2).
ALTER TABLE scheme ADD COLUMN acceptance_days INT NOT NULL DEFAULT 21;
ALTER TABLE scheme ADD COLUMN attestation_threshold DECIMAL(19,2) NOT NULL DEFAULT 200000.00;
ALTER TABLE scheme ADD COLUMN payment_four_eyes_above DECIMAL(19,2) NOT NULL DEFAULT 100000.00;

ALTER TABLE recommendation ADD COLUMN state_aid_basis VARCHAR(20) NULL;
ALTER TABLE decision ADD COLUMN state_aid_basis VARCHAR(20) NULL;
ALTER TABLE decision ADD COLUMN acceptance_deadline DATE NULL;
ALTER TABLE decision ADD COLUMN recommendation_id BIGINT NULL;

-- The library of standard conditions (vilkår). county_code NULL: offered to every county.
CREATE TABLE condition_template (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  county_code  CHAR(2)       NULL,
  code         VARCHAR(40)   NOT NULL,
  wording       VARCHAR(1000) NOT NULL,
  position     INT           NOT NULL,
  active       BOOLEAN       NOT NULL DEFAULT TRUE,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_condition_template_county FOREIGN KEY (county_code) REFERENCES county (code)
);

-- The conditions of one recommendation as the caseworker worded them; the decision carries them.
CREATE TABLE recommendation_condition (
  recommendation_id  BIGINT        NOT NULL,
  position           INT           NOT NULL,
  wording             VARCHAR(1000) NOT NULL,
  PRIMARY KEY (recommendation_id, position),
  CONSTRAINT fk_recommendation_condition FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
);

-- The decision letter, stored with the case exactly as it was sent: one row per format.
CREATE TABLE decision_letter (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  decision_id  BIGINT        NOT NULL,
  file_format  VARCHAR(4)    NOT NULL,
  file_name    VARCHAR(120)  NOT NULL,
  content      LONGBLOB      NOT NULL,
  sha256       CHAR(64)      NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT fk_decision_letter_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
  CONSTRAINT uq_decision_letter UNIQUE (decision_id, file_format)
);

-- Norwegian bank account (11 digits, MOD11) that grants are paid to.
ALTER TABLE company ADD COLUMN bank_account CHAR(11) NULL;

INSERT INTO condition_template (county_code, code, wording, position) VALUES
  (NULL, 'PLAN', 'Opplæringen skal gjennomføres i tråd med opplæringsplanen og kostnadsplanen i søknaden. Vesentlige endringer skal godkjennes av fylkeskommunen på forhånd.', 1),
  (NULL, 'DEADLINE', 'Opplæringen skal være avsluttet innen 18 måneder fra vedtaksdato. Sluttrapport og sluttregnskap skal sendes senest tre måneder etter avsluttet opplæring.', 2),
  (NULL, 'ACCOUNTING', 'Bedriften skal føre eget prosjektregnskap for opplæringen og ta vare på bilag og timelister i minst ti år.', 3),
  (NULL, 'ATTESTATION', 'Sluttregnskapet skal være attestert av revisor eller autorisert regnskapsfører når tilskuddet er over 200 000 kroner.', 4),
  (NULL, 'CONTROL', 'Fylkeskommunen og Riksrevisjonen kan kontrollere at tilskuddet brukes etter forutsetningene. Tilskudd som ikke brukes etter forutsetningene, kan kreves tilbakebetalt.', 5),
  (NULL, 'DEMINIMIS', 'Tilskuddet gis som bagatellmessig støtte. Bedriften skal oppbevare dokumentasjon om støtten i ti år.', 6),
  (NULL, 'PARTICIPANTS', 'Deltakerne i opplæringen skal være ansatte eller permitterte i bedriften.', 7);
