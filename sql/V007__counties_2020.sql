-- The 11 counties of 2020-2023, with inhabitants as published with the 2021 allocation key
-- (regjeringen.no, "likt beløp per innbygger"; 5 391 369 in all).
INSERT INTO county (code, name, valid_from, valid_to) VALUES
  ('03', 'Oslo', 2020, NULL),
  ('11', 'Rogaland', 2020, NULL),
  ('15', 'Møre og Romsdal', 2020, NULL),
  ('18', 'Nordland', 2020, NULL),
  ('30', 'Viken', 2020, 2023),
  ('34', 'Innlandet', 2020, NULL),
  ('38', 'Vestfold og Telemark', 2020, 2023),
  ('42', 'Agder', 2020, NULL),
  ('46', 'Vestland', 2020, NULL),
  ('50', 'Trøndelag', 2020, NULL),
  ('54', 'Troms og Finnmark', 2020, 2023);

INSERT INTO county_population (county_code, population_year, inhabitants) VALUES
  ('03', 2021, 697010),
  ('11', 2021, 482645),
  ('15', 2021, 265544),
  ('18', 2021, 240345),
  ('30', 2021, 1252384),
  ('34', 2021, 370603),
  ('38', 2021, 421882),
  ('42', 2021, 308843),
  ('46', 2021, 638821),
  ('50', 2021, 471124),
  ('54', 2021, 242168);
