-- The audit trail, the status history and the budget ledger are append-only in the database too,
-- not only in the application: any UPDATE or DELETE of their rows is refused with SQLSTATE 45000,
-- whoever sends it. A correction is a new row (a ledger reversal names the entry it reverses).
-- MariaDB only (H2, the demo database, cannot read trigger bodies): Flyway runs sql/mariadb/
-- after sql/ when the database is MariaDB (no.biogrants.infrastructure.DatabaseMigration).
-- Each trigger body is one statement, so no DELIMITER is needed.

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows are never updated';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows are never deleted';

CREATE TRIGGER status_change_no_update BEFORE UPDATE ON status_change FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'status_change is append-only: rows are never updated';

CREATE TRIGGER status_change_no_delete BEFORE DELETE ON status_change FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'status_change is append-only: rows are never deleted';

CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only: correct an entry by reversing it';

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only: correct an entry by reversing it';
