// Two conventions place the tone mark on the open syllables "oa", "oe", "uy": the older one on the
// first vowel (hòa, khỏe, thủy), the newer one on the second (hoà, khoẻ, thuỷ). Real documents mix
// them ("Đảng uỷ" next to "Ủy ban"). canonicalTones() rewrites the newer placement to the older one
// character for character, so the result has the same length and offsets into it are offsets into
// the text as written: extractors match on the canonical form and cut values from the original.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/

function moveTone(first: string, second: string): string {
  const decomposed = second.normalize('NFD')
  const tone = decomposed.match(TONES)?.[0]
  if (!tone) return first + second
  const bare = decomposed.replace(TONES, '').normalize('NFC')
  return (first + tone).normalize('NFC') + bare
}

// "oà", "oè" and "uỳ" (not after q: "quý" is q-u-ý in both conventions) closing a syllable.
const NEW_PLACEMENT = /(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})|([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})/gu

/** "Đảng uỷ, hoà, khoẻ" → "Đảng ủy, hòa, khỏe"; same length as the input (NFC in, NFC out). */
export function canonicalTones(text: string): string {
  return text.replace(NEW_PLACEMENT, (_m, u: string | undefined, y: string | undefined, o: string | undefined, a: string | undefined) =>
    u && y ? moveTone(u, y) : moveTone(o ?? '', a ?? ''),
  )
}
