// Decree 30 lays the header and the signature out in two columns; PDF extraction often puts both
// columns on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 27/KH-UBND Bình An,
// ngày 20 tháng 02 năm 2025", "- Lưu: VT. PHÓ CHỦ TỊCH"). splitColumns() cuts such a line into its
// parts, in reading order, so each can be recognised on its own line.

const MOTTO = [
  /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u,
  /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/u,
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u,
]
// "<Place>, ngày …" after the "Số:" or "V/v" part, or after an upper-case issuer name.
const PLACE_DATE = /^(Số(?![\p{L}\d]).*?|V\/v(?![\p{L}\d]).*?|[^\p{Ll}\s]+\s[^\p{Ll}]+)\s((?:(?:TP\.|[\p{Lu}][\p{Ll}]+)\s?){1,5},\s*ngày(?![\p{L}\d]).*(?:tháng|\/).*)$/u
const AUTHORITY = /^(.*[;:.,])\s+((?:TM|T\/M|KT|TL|TUQ|Q|THAY MẶT|KÝ THAY)\.?\s+[\p{Lu}\s./-]+)$/u
const TRAILING_CAPS = /^([-–+].*[;:.,])\s+((?:[\p{Lu}]+\s+){1,5}[\p{Lu}]+)$/u

// Merged columns are short lines; long ones are body text.
const MAX_MERGED = 200

function splitOnce(line: string): string[] {
  if (line.length > MAX_MERGED) return [line]
  const gap = line.search(/\S(?:\t|\s{4,})\S/)
  if (gap >= 0) {
    const cut = line.slice(gap + 1).search(/\S/) + gap + 1
    return [line.slice(0, gap + 1), line.slice(cut)]
  }
  for (const motto of MOTTO) {
    const m = motto.exec(line)
    if (m && (m.index > 0 || m.index + m[0].length < line.trim().length)) {
      return [line.slice(0, m.index), m[0], line.slice(m.index + m[0].length)]
    }
  }
  for (const pattern of [PLACE_DATE, AUTHORITY, TRAILING_CAPS]) {
    const m = pattern.exec(line.trim())
    if (m?.[1] && m[2]) return [m[1], m[2]]
  }
  return [line]
}

/** One physical line → the column parts it holds (trimmed, non-empty), in reading order. */
export function splitColumns(line: string): string[] {
  const parts = splitOnce(line).map((p) => p.trim()).filter(Boolean)
  if (parts.length <= 1) return parts
  return parts.flatMap(splitColumns)
}
