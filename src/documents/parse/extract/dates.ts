// Vietnamese date and time expressions → ISO strings, partial when the text is: "2025-02-20",
// "2025-02" (a month, or a day left blank), "2025". A time expression is a range, so both the
// start ("từ tháng 8/2024" → 2024-08) and the end ("đến hết năm 2025" → 2025-12-31) can be read.

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO date from parts; null when a part is out of range. */
export function isoDate(year: number, month?: number, day?: number): string | null {
  if (year < 1945 || year > 2100) return null
  if (month === undefined) return String(year)
  if (month < 1 || month > 12) return null
  if (day === undefined) return `${year}-${pad(month)}`
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const num = (s: string | undefined) => (s ? Number(s) : undefined)

/** "ngày 20 tháng 02 năm 2025" / "ngày   tháng 02 năm 2025" / "ngày 20/02/2025" → ISO, partial when blank. */
export function headerDate(text: string): string | null {
  const words = /ngày\s*(\d{1,2})?\D{0,6}?tháng\s*(\d{1,2})?\D{0,6}?năm\s*(\d{4})/u.exec(text)
  if (words) {
    const [year, month, day] = [Number(words[3]), num(words[2]), num(words[1])]
    return isoDate(year, month, month === undefined ? undefined : day)
  }
  const slashes = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(text)
  return slashes ? isoDate(Number(slashes[3]), Number(slashes[2]), Number(slashes[1])) : null
}

export interface TimeRange {
  from: string | null
  to: string | null
  index: number
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 }

type Reader = [RegExp, (m: RegExpExecArray, issued: string | null) => Omit<TimeRange, 'index'> | null]

const day = (d: string | undefined, m: string | undefined, y: string | undefined) => {
  const iso = isoDate(Number(y), Number(m), Number(d))
  return iso ? { from: iso, to: iso } : null
}

const READERS: Reader[] = [
  [/ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/giu, (m) => day(m[1], m[2], m[3])],
  [/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, (m) => day(m[1], m[2], m[3])],
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})/gu, (m) => day(m[1], m[2], m[3])],
  [/(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/giu, (m) => {
    const [months, year] = [Number(m[1]), Number(m[3])]
    if (months < 1 || months > 12) return null
    return m[2]?.toLowerCase() === 'đầu' ? { from: isoDate(year, 1), to: isoDate(year, months) } : { from: isoDate(year, 13 - months), to: isoDate(year, 12) }
  }],
  [/tháng\s+(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})/giu, (m) => {
    const iso = isoDate(Number(m[2]), Number(m[1]))
    return iso ? { from: iso, to: iso } : null
  }],
  [/quý\s+(IV|I{1,3}|[1-4])\s*(?:\/|-|năm)\s*(\d{4})/giu, (m) => {
    const q = ROMAN_QUARTER[(m[1] as string).toLowerCase()] as number
    return { from: isoDate(Number(m[2]), q * 3 - 2), to: isoDate(Number(m[2]), q * 3) }
  }],
  [/(?:hết|cuối)\s+năm\s+(\d{4})/giu, (m) => ({ from: isoDate(Number(m[1]), 12), to: isoDate(Number(m[1]), 12, 31) })],
  [/năm\s+(\d{4})(?!\s*[-–]\s*\d{4})/giu, (m) => ({ from: isoDate(Number(m[1]), 1), to: isoDate(Number(m[1]), 12) })],
  [/(?:ngày|khi)\s+(?:ban hành|ký)/giu, (_m, issued) => (issued ? { from: issued, to: issued } : null)],
]

/** The first time expression in the text (leftmost; the most precise reading at one position). */
export function firstTimeRange(text: string, issued: string | null = null): TimeRange | null {
  let best: TimeRange | null = null
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (best && m.index >= best.index) break
      const range = read(m, issued)
      if (range) {
        best = { ...range, index: m.index }
        break
      }
    }
  }
  return best
}

/** "từ … đến …" or a single expression → { from, to } (null ends where the text names no date). */
export function readPeriod(text: string, issued: string | null): { from: string | null; to: string | null } {
  const split = /(?:^|\s)(?:từ|kể từ)\s(.*?)\s(?:cho\s+)?(?:đến|tới)\s(.*)$/iu.exec(text)
  if (split) {
    const to = firstTimeRange(split[2] as string, issued)?.to ?? null
    // "từ ngày 15/3 đến ngày 30/9/2025", "từ tháng 1 đến tháng 6/2025": the start takes the end's year.
    const start = (split[1] as string).replace(/((?:ngày\s+\d{1,2}\s*[/.-]\s*|tháng\s+)\d{1,2})(?!\s*[/.-]?\s*\d)/iu, `$1/${to?.slice(0, 4) ?? ''}`)
    return { from: firstTimeRange(start, issued)?.from ?? null, to }
  }
  const single = firstTimeRange(text, issued)
  return { from: single?.from ?? null, to: single?.to ?? null }
}
