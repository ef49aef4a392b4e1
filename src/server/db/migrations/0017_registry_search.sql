-- Registry search (GET /api/registry, sổ khen thưởng) by a name typed without diacritics, at province scale.
--
-- The trigram index on subject_name_folded is a poor filter for Vietnamese names: they are built from a few
-- hundred syllables, so every trigram of "tran van thai" ("van", " th", "an "…) sits in a large share of the
-- rows and the index walks long posting lists (8–20 ms on 88,000 rows, 60–300 ms on 2 million). The name keys
-- below index words and pairs of neighbouring words instead, and only what a substring match implies: a query
-- "q1 q2 … qk" (split on single spaces) found inside a folded name means the name has a word ending with q1,
-- the words q2 … q(k-1) whole and in that order, and after them a word starting with qk.
-- So each name yields, per word w (n from 2 to its length):
--   '<w>' (the whole word), '<' || left(w, n) (a word starts with…), right(w, n) || '>' (a word ends with…),
-- and per neighbouring words a b:
--   '<a b>' (both whole), right(a, n) || ' ' || b || '>' (a word ending with…, then b), '<' || a || ' ' || left(b, n).
-- The query asks for the keys its words imply (tdkt_name_query_keys): with two words, "q1>" and "<q2"; with
-- more, its pairs — "q1 q2>", "<qi qi+1>" for the middle ones, "<q(k-1) qk" — which are rarer than any word
-- ("<thi hoa" against "<thi>"). Every row a LIKE '%q%' matches carries those keys, so `keys @> query keys`
-- only narrows the rows the exact test then checks: the results are the same, and the index walk is short.
-- A single word (it may sit inside a word) or a folded query that still holds a LIKE wildcard gets no keys:
-- the trigram index serves it as before.

CREATE FUNCTION tdkt_name_keys(folded text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  words text[] := string_to_array(folded, ' ');
  w text;
  b text;
  keys text[] := '{}';
BEGIN
  FOR i IN 1..cardinality(words) LOOP
    w := words[i];
    keys := keys || ('<' || w || '>');
    FOR n IN 2..length(w) LOOP
      keys := keys || ('<' || left(w, n)) || (right(w, n) || '>');
    END LOOP;
    IF i < cardinality(words) THEN
      b := words[i + 1];
      keys := keys || ('<' || w || ' ' || b || '>');
      FOR n IN 2..length(w) LOOP
        keys := keys || (right(w, n) || ' ' || b || '>');
      END LOOP;
      FOR n IN 2..length(b) LOOP
        keys := keys || ('<' || w || ' ' || left(b, n));
      END LOOP;
    END IF;
  END LOOP;
  RETURN keys;
END
$$;

CREATE FUNCTION tdkt_name_query_keys(folded text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  words text[] := string_to_array(folded, ' ');
  last int := cardinality(words);
  keys text[] := '{}';
BEGIN
  IF folded ~ '[%_\\]' OR last < 2 THEN
    RETURN keys;
  END IF;
  IF last = 2 THEN
    IF length(words[1]) >= 2 THEN
      keys := keys || (words[1] || '>');
    END IF;
    IF length(words[2]) >= 2 THEN
      keys := keys || ('<' || words[2]);
    END IF;
    RETURN keys;
  END IF;
  IF length(words[1]) >= 2 AND words[2] <> '' THEN
    keys := keys || (words[1] || ' ' || words[2] || '>');
  END IF;
  FOR i IN 2..last - 2 LOOP
    IF words[i] <> '' AND words[i + 1] <> '' THEN
      keys := keys || ('<' || words[i] || ' ' || words[i + 1] || '>');
    END IF;
  END LOOP;
  IF words[last - 1] <> '' AND length(words[last]) >= 2 THEN
    keys := keys || ('<' || words[last - 1] || ' ' || words[last]);
  END IF;
  RETURN keys;
END
$$;

CREATE INDEX award_records_name_keys ON award_records USING gin (tdkt_name_keys(subject_name_folded));

-- The registry's order (newest achievement first): the first page of a subtree, or of a query matching many
-- rows ("nguyen"), is read in this order and stops after the page, instead of sorting a whole year of rows.
CREATE INDEX award_records_listing ON award_records (province_id, year DESC, decision_date DESC NULLS LAST, subject_name_folded, id);
