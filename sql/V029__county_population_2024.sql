-- Inhabitants of the 15 counties on 1 January 2024 (Statistics Norway, table 07459 "Folkemengde
-- 1. januar"; 5 550 203 in all): the per-inhabitant key for years from 2024 (rule CTY-P2).
INSERT INTO county_population (county_code, population_year, inhabitants) VALUES
  ('03', 2024, 717710),
  ('11', 2024, 499417),
  ('15', 2024, 270624),
  ('18', 2024, 243081),
  ('31', 2024, 312152),
  ('32', 2024, 728803),
  ('33', 2024, 269819),
  ('34', 2024, 376304),
  ('39', 2024, 256432),
  ('40', 2024, 177093),
  ('42', 2024, 319850),
  ('46', 2024, 651299),
  ('50', 2024, 482956),
  ('55', 2024, 169610),
  ('56', 2024, 75053);
