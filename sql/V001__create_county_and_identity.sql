-- Counties (fylkeskommuner) 2020-2023 and their inhabitants per year: reference data.
CREATE TABLE county (
  code        CHAR(2)      NOT NULL PRIMARY KEY,
  name        VARCHAR(80)  NOT NULL,
  valid_from  INT          NOT NULL,
  valid_to    INT          NULL
);

CREATE TABLE county_population (
  county_code      CHAR(2) NOT NULL,
  population_year  INT     NOT NULL,
  inhabitants      INT     NOT NULL,
  PRIMARY KEY (county_code, population_year),
  CONSTRAINT fk_population_county FOREIGN KEY (county_code) REFERENCES county (code),
  CONSTRAINT ck_population_positive CHECK (inhabitants > 0)
);

-- People who log in. Passwords are PBKDF2 hashes (Jakarta Security Pbkdf2PasswordHash format).
CREATE TABLE app_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(80)  NOT NULL,
  display_name   VARCHAR(120) NOT NULL,
  password_hash  VARCHAR(512) NOT NULL,
  county_code    CHAR(2)      NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_county FOREIGN KEY (county_code) REFERENCES county (code)
);

CREATE TABLE app_user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
