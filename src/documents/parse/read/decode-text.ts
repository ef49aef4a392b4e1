// Bytes of a .txt file → Unicode text. UTF-8 (with or without BOM) and UTF-16 with BOM are read
// as is; anything else is taken to be a legacy Vietnamese 8-bit encoding and the conversion that
// yields the most Vietnamese-looking text wins, or the file is refused when none clearly does.
// A Unicode file holding text typed in a legacy font is repaired the same way.

import { ParseFailure } from '../errors.ts'
import { fromTcvn3, fromVni, fromWindows1258, legacyCharacterShare } from '../text/legacy-encoding.ts'
import { vietnameseScore } from '../text/vietnamese-syllables.ts'

export type TextEncoding = 'utf-8' | 'utf-16' | 'tcvn3' | 'vni' | 'windows-1258'

export interface DecodedText {
  text: string
  encoding: TextEncoding
}

const UNSURE = new ParseFailure(
  'unknown_encoding',
  'Không nhận diện chắc chắn được bảng mã của tệp (không phải Unicode, TCVN3, VNI hay Windows-1258). Hãy mở tệp và lưu lại dạng Unicode (UTF-8) rồi thử lại.',
)
const GOOD = 0.85 // share of Vietnamese syllables a conversion must reach

function best(candidates: { text: string; encoding: TextEncoding }[]): DecodedText | null {
  const scored = candidates
    .map((c) => ({ ...c, ...vietnameseScore(c.text) }))
    .sort((a, b) => b.score - a.score)
  const [first, second] = scored
  if (!first || first.words < 3 || first.score < GOOD) return null
  if (second && second.score > first.score - 0.1) return null
  return { text: first.text, encoding: first.encoding }
}

/** Text typed in a TCVN3 or VNI font inside a Unicode file is converted; other text is returned unchanged. */
export function repairLegacyText(text: string): DecodedText {
  if (legacyCharacterShare(text) < 0.2) return { text, encoding: 'utf-8' }
  const own = vietnameseScore(text)
  const repaired = best([
    { text: fromTcvn3(text), encoding: 'tcvn3' },
    { text: fromVni(text), encoding: 'vni' },
  ])
  if (repaired && vietnameseScore(repaired.text).score > own.score + 0.2) return repaired
  if (own.score >= GOOD) return { text, encoding: 'utf-8' }
  throw UNSURE
}

function latin1(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192))
  return out
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return repairLegacyText(new TextDecoder('utf-8').decode(bytes.subarray(3)))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' }
  try {
    return repairLegacyText(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    if (error instanceof ParseFailure) throw error
  }
  const asLatin1 = latin1(bytes)
  const chosen = best([
    { text: fromWindows1258(bytes), encoding: 'windows-1258' },
    { text: fromTcvn3(asLatin1), encoding: 'tcvn3' },
    { text: fromVni(asLatin1), encoding: 'vni' },
  ])
  if (!chosen) throw UNSURE
  return chosen
}
