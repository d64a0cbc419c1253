-- A caseworker's named queue filters ("Mine i vurdering", "Store søknader i Innlandet"), kept per user.
CREATE TABLE saved_filter (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(80)   NOT NULL,
  name            VARCHAR(80)   NOT NULL,
  text_filter     VARCHAR(100)  NULL,
  status          VARCHAR(20)   NULL,
  round_id        BIGINT        NULL,
  assignee        VARCHAR(80)   NULL,
  min_score       DECIMAL(5,2)  NULL,
  min_amount      DECIMAL(19,2) NULL,
  max_amount      DECIMAL(19,2) NULL,
  industry        VARCHAR(10)   NULL,
  submitted_from  DATE          NULL,
  submitted_to    DATE          NULL,
  created_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uq_saved_filter UNIQUE (username, name)
);
