// Vietnamese text helpers shared by server and client: normalisation, accent folding
// for search, and a sort key that orders names the way Vietnamese lists do.

/** Unicode NFC with the modern tone-mark placement collapsed (hoà → hòa, uỷ → ủy are the same word). */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Lower-case, accent-free form: "Nguyễn Văn Đức" → "nguyen van duc". Mirrors SQL tdkt_fold(). */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

// Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
// (f j w z appear in foreign names and sort in Latin order).
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z']
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]))
// Tone order used by Vietnamese dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng.
const TONE_RANK: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' }
const TONE_MARKS = /[\u0300\u0309\u0303\u0301\u0323]/g

function wordKeys(word: string): { primary: string; tones: string } {
  let primary = ''
  let tones = ''
  for (const char of word.toLowerCase().normalize('NFC')) {
    const decomposed = char.normalize('NFD')
    const tone = decomposed.match(TONE_MARKS)?.[0]
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC')
    const rank = LETTER_RANK.get(base)
    if (rank) {
      primary += rank
      tones += tone ? TONE_RANK[tone] : '0'
    } else if (/[0-9]/.test(base)) {
      primary += '0' + base // digits sort before letters
    }
  }
  return { primary, tones }
}

/**
 * A key whose bytewise (COLLATE "C") order is Vietnamese order for personal names:
 * by given name (the last word) first, then by the full name, tones as a tie-breaker.
 * PGlite sorts bytewise, so lists are ordered by this stored key.
 */
export function vietnameseNameSortKey(fullName: string): string {
  const words = normalizeText(fullName).split(' ').filter(Boolean)
  const given = wordKeys(words.at(-1) ?? '')
  const all = words.map(wordKeys)
  return [given.primary, all.map((w) => w.primary).join(' '), given.tones, all.map((w) => w.tones).join(' ')].join('|')
}

/** Sort key for ordinary text (organisation names): Vietnamese letter order, word by word. */
export function vietnameseTextSortKey(text: string): string {
  const all = normalizeText(text).split(' ').filter(Boolean).map(wordKeys)
  return all.map((w) => w.primary).join(' ') + '|' + all.map((w) => w.tones).join(' ')
}

export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })
