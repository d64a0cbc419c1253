-- Keys for the read-only REST API (Authorization: Bearer <key>). Only a SHA-256 hash of the key is
-- stored; the key itself is shown once, when it is made.
CREATE TABLE api_key (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT       NOT NULL,
  key_hash    CHAR(64)     NOT NULL,
  label       VARCHAR(120) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  revoked_at  DATETIME(6)  NULL,
  CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
  CONSTRAINT fk_api_key_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
