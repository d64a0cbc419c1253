-- A moderated score settles a difference between two caseworkers' independent scores.
ALTER TABLE score_sheet ADD COLUMN moderated BOOLEAN NOT NULL DEFAULT FALSE;
