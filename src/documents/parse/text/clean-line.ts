// Per-line clean-up of extraction debris: markdown emphasis and heading marks (the seed texts were
// exported as markdown), table borders and pipes, dotted or dashed fill, page numbers.

/** "## **2. Yêu cầu**" → "2. Yêu cầu"; "(*báo cáo*)" → "(báo cáo)"; "* item" → "- item". */
export function stripMarkdown(line: string): string {
  if (!/[#*_\\•●▪►]/.test(line)) return line
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^(\s*)[*•●▪►]\s+/, '$1- ')
    .replace(/\\([*_#|])/g, '$1')
    .replace(/\*{2,}|_{2,}(?=\S)|(?<=\S)_{2,}/g, '')
    .replace(/(^|[\s(“"'])\*(?=\S)|(?<=\S)\*(?=$|[\s).,;:”"'])/g, '$1')
    .replace(/^\s*\*\s*$/, '')
}

const BORDER_ONLY = /^[\s|+\-=_:.~─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬]*$/
const PIPE = /\s*[|│┃║]\s*/

/**
 * Table rows become comma-separated lines ("| 1 | Ông A | Chủ tịch |" → "1. Ông A, Chủ tịch");
 * border rows disappear (null). Lines without pipes are returned with long fill runs removed.
 */
export function cleanTableDebris(line: string): string | null {
  if (line.trim() && BORDER_ONLY.test(line) && /[|+\-=_─━│═]{3,}|[|│]/.test(line)) return null
  let out = line
  if (/[|│┃║].*[|│┃║]|^\s*[|│┃║]/.test(line)) {
    const cells = line.split(PIPE).map((c) => c.trim()).filter(Boolean)
    if (!cells.length) return null
    const [first, ...rest] = cells
    out = /^\d{1,3}\.?$/.test(first as string) && rest.length ? `${(first as string).replace(/\.$/, '')}. ${rest.join(', ')}` : cells.join(', ')
  }
  // Fill runs: "Số: ......./KH", "__________", "---------" (4 or more).
  return out.replace(/([._…\-–=~])\1{3,}|…{2,}/g, ' ')
}

/** "2", "- 3 -", "Trang 4", "4/12": a page number on its own line. */
export function isPageNumberLine(line: string): boolean {
  return /^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$|^\s*trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$|^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/i.test(line)
}
