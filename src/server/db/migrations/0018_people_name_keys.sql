-- People search (GET /api/people?q=) by a name typed without diacritics, at province scale: the name keys of
-- migration 0017 on people's folded names, for a query of two words or more (src/server/db/name-search.ts). On a
-- 500,000-person province the trigram index alone left a full-name search at p99 540 ms (common syllables).
CREATE INDEX people_name_keys ON people USING gin (tdkt_name_keys(name_folded));
