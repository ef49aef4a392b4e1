-- Search speed: store the accent-folded name once (a generated column) instead of calling
-- unaccent for every row scanned; the trigram indexes move to the stored column.

ALTER TABLE people ADD COLUMN name_folded text GENERATED ALWAYS AS (tdkt_fold(full_name)) STORED;
DROP INDEX people_name_search;
CREATE INDEX people_name_search ON people USING gin (name_folded gin_trgm_ops);

ALTER TABLE households ADD COLUMN head_name_folded text GENERATED ALWAYS AS (tdkt_fold(head_name)) STORED;
DROP INDEX households_name_search;
CREATE INDEX households_name_search ON households USING gin (head_name_folded gin_trgm_ops);
