// "Contains this text" on a folded name column (a name typed without diacritics), in SQL, for the searches over
// large tables (registry, people). A query of two words or more implies name keys (migration 0017): requiring
// them changes no result and lets the word index pick the rows; one word, or a LIKE wildcard left after folding,
// implies none, and the trigram index serves it. The CASE tests are constant once the statement is planned with
// its parameters (node-postgres and PGlite plan each statement with its values), leaving one branch each.

/** The keys the folded text in `param` implies ('{}': none). */
const queryKeys = (param: string) => `tdkt_name_query_keys(tdkt_fold(${param}::text))`

/** The index condition: the name has every key the text implies (true when it implies none). */
export const nameMayContain = (column: string, param: string) =>
  `CASE WHEN ${queryKeys(param)} = '{}' THEN true ELSE tdkt_name_keys(${column}) @> ${queryKeys(param)} END`

/**
 * The exact test: LIKE on the trigram index without keys; with keys no wildcard is left, so LIKE '%…%' is exactly
 * strpos > 0, which the trigram index cannot serve (the planner does not add its long walk).
 */
export const nameContains = (column: string, param: string) =>
  `CASE WHEN ${queryKeys(param)} = '{}' THEN ${column} LIKE '%' || tdkt_fold(${param}::text) || '%'
      ELSE strpos(${column}, tdkt_fold(${param}::text)) > 0 END`
