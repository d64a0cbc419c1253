-- Accounts that admins make and manage in the pages (package no.biogrants.staff): the person's
-- e-mail, a temporary password that must be changed at first login and stops working at a set
-- time, and the county whose admin made an applicant's account (so that county's admins can find
-- it again; staff have their own county in county_code).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN temporary_password_until DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN created_by_county CHAR(2) NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_created_by_county
  FOREIGN KEY (created_by_county) REFERENCES county (code);
CREATE INDEX ix_app_user_county ON app_user (county_code);
