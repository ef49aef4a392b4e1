-- People and households: indexes for household membership and CCCD-prefix search.

CREATE INDEX people_household ON people (province_id, household_id) WHERE household_id IS NOT NULL;
CREATE INDEX people_cccd_prefix ON people (province_id, cccd text_pattern_ops) WHERE cccd IS NOT NULL;
CREATE INDEX households_sort ON households (province_id, sort_key COLLATE "C");
