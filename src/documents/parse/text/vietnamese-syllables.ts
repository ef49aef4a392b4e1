// How Vietnamese a text looks: the share of its non-ASCII words that are well-formed Vietnamese
// syllables. Used to choose between legacy encodings (TCVN3, VNI, Windows-1258) and to notice
// text typed in a legacy font inside a Unicode file ("Céng hoµ x· héi" is TCVN3 read as Latin-1).

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
// Onset, one of the vowel groups Vietnamese spelling allows, final consonant.
const NUCLEUS =
  'iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy]'
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:${NUCLEUS})(?:ch|ng|nh|[cmnpt])?$`)

/** True for a lower- or upper-case Vietnamese syllable with at most one tone mark ("người", "HÒA"). */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0
  if (tones > 1) return false
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'))
}

// Words with a character outside ASCII, including the Latin-1 symbols legacy fonts use as letters.
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu

/** Share (0…1) of words with a non-ASCII character that are Vietnamese syllables; `words` is how many were seen. */
export function vietnameseScore(text: string): { score: number; words: number } {
  let words = 0
  let good = 0
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    if (!/[\u0080-\uffff]/.test(word)) continue
    words++
    if (isVietnameseSyllable(word)) good++
  }
  return { score: words ? good / words : 0, words }
}
