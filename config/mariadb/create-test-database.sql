-- The database and user the integration tests run against (see README, "Test it").
-- Run once as the MariaDB administrator:  sudo mariadb < config/mariadb/create-test-database.sql
-- The tests wipe and re-migrate this database at every start: never point them at real data.
CREATE DATABASE IF NOT EXISTS bio_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'bio'@'localhost' IDENTIFIED BY 'bio';
CREATE USER IF NOT EXISTS 'bio'@'127.0.0.1' IDENTIFIED BY 'bio';
GRANT ALL PRIVILEGES ON bio_it.* TO 'bio'@'localhost';
GRANT ALL PRIVILEGES ON bio_it.* TO 'bio'@'127.0.0.1';
FLUSH PRIVILEGES;
