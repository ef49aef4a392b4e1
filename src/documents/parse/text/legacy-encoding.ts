// Legacy Vietnamese 8-bit encodings still found in office archives:
// - TCVN3 (ABC, fonts .VnTime/.VnArial): one byte per letter, letters in 0xA1–0xFE;
// - VNI (VNI-Times): a base letter followed by a byte for the hat/breve and the tone ("Coäng" = "Cộng");
// - Windows-1258: base letters plus combining tone bytes.
// Bytes are seen as Latin-1 characters (what a Unicode file holds when text was typed in a legacy
// font). The converters map those characters to Unicode NFC; the caller decides which one fits.

// TCVN3: Latin-1 character → Vietnamese letter (lower case; the upper-case fonts reuse these codes).
const TCVN3_FROM = 'µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ¡¢£¤¥¦§'
const TCVN3_TO = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ'
const TCVN3 = new Map([...TCVN3_FROM].map((ch, i) => [ch, [...TCVN3_TO][i] as string]))

/**
 * TCVN3 text seen as Latin-1 → Unicode ("Céng hoµ" → "Cộng hoà"). TCVN3 has no upper-case toned
 * letters, so a line whose plain letters are all capitals ("KÕ HO¹CH") is put in capitals.
 */
export function fromTcvn3(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = ''
      for (const ch of line) out += TCVN3.get(ch) ?? ch
      const ascii = line.match(/[A-Za-z]/g) ?? []
      return ascii.length >= 3 && ascii.every((c) => c >= 'A' && c <= 'Z') ? out.toUpperCase() : out
    })
    .join('\n')
    .normalize('NFC')
}

// VNI: combining marks written as a following Latin-1 character.
const GRAVE = '\u0300', ACUTE = '\u0301', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323'
const HAT = '\u0302', BREVE = '\u0306'
const VNI_TONE: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT }
const VNI_HAT: Record<string, string> = { â: '', á: ACUTE, à: GRAVE, å: HOOK, ã: TILDE, ä: DOT }
const VNI_BREVE: Record<string, string> = { ê: '', é: ACUTE, è: GRAVE, ú: HOOK, ü: TILDE, ë: DOT }
// Characters that stand for a whole letter.
const VNI_SINGLE: Record<string, string> = {
  ñ: 'đ', ô: 'ơ', ö: 'ư', ó: 'ĩ', ò: 'ị', æ: 'ỉ', î: 'ỵ',
}

function vniMark(base: string, mark: string): string | null {
  const lower = base.toLowerCase()
  const m = mark.toLowerCase()
  const upper = base !== lower
  const compose = (letter: string, marks: string) => {
    const out = (letter + marks).normalize('NFC')
    return upper ? out.toUpperCase() : out
  }
  const core = VNI_SINGLE[lower] ?? lower // ô → ơ, ö → ư take tones too
  if ('aeouyơư'.includes(core) && m in VNI_TONE) return compose(core, VNI_TONE[m] as string)
  if ('aeo'.includes(core) && m in VNI_HAT) return compose(core, HAT + (VNI_HAT[m] as string))
  if (core === 'a' && m in VNI_BREVE) return compose(core, BREVE + (VNI_BREVE[m] as string))
  return null
}

/** VNI text seen as Latin-1 → Unicode ("Coäng hoøa" → "Cộng hòa"). */
export function fromVni(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    const next = text[i + 1]
    const pair = next ? vniMark(ch, next) : null
    if (pair) {
      out += pair
      i++
      continue
    }
    const single = VNI_SINGLE[ch.toLowerCase()]
    out += single ? (ch === ch.toLowerCase() ? single : single.toUpperCase()) : ch
  }
  return out.normalize('NFC')
}

/** Windows-1258 bytes → Unicode NFC (tone marks are separate bytes there). */
export function fromWindows1258(bytes: Uint8Array): string {
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC')
}

// Characters that only appear in text typed in a legacy font: none is a Vietnamese letter.
const LEGACY_ONLY = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/g

/** Share of non-ASCII characters that cannot be Vietnamese Unicode letters. */
export function legacyCharacterShare(text: string): number {
  const nonAscii = text.match(/[\u0080-\uffff]/g)?.length ?? 0
  if (!nonAscii) return 0
  return (text.match(LEGACY_ONLY)?.length ?? 0) / nonAscii
}
