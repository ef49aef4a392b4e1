// Numbering of issued plans (law.md §8.4, §8.6). Pure.
// A register is kept per issuer, document type and period: the calendar year for State bodies
// (Decree 30: numbers restart on 1 January), the Party committee term for Party bodies
// (HD 36-HD/VPTW: numbers restart each term). The period of an issuer can be set explicitly.

import type { Track } from '../../../shared/issuer-identity.ts'

export type { Track }
export type RegisterPeriod = 'year' | 'term'

export interface RegisterSetting {
  period: RegisterPeriod
  termLabel: string | null
}

/** KH: plans; TTr: a unit's proposals (tờ trình đề nghị khen thưởng, src/server/modules/nominations). */
export const DOC_TYPE_LABELS = { KH: 'Kế hoạch', TTr: 'Tờ trình', QĐ: 'Quyết định' } as const
export type DocType = keyof typeof DOC_TYPE_LABELS

/**
 * The Party term a date falls in when the issuer has not set one: five-year terms starting in years
 * divisible by five (2020-2025, 2025-2030). Congresses close on different days, so an issuer whose new
 * term began on another date sets its term label in the register settings.
 */
export function defaultPartyTerm(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4))
  const start = year - (year % 5)
  return `${start}-${start + 5}`
}

/** '2025' for a year register, 'term:2020-2025' for a term register. */
export function periodKeyFor(track: Track, setting: RegisterSetting | undefined, issuedOn: string): string {
  const period = setting?.period ?? (track === 'party' ? 'term' : 'year')
  if (period === 'year') return issuedOn.slice(0, 4)
  return `term:${setting?.termLabel ?? defaultPartyTerm(issuedOn)}`
}

/** "sổ Kế hoạch năm 2025", "sổ Kế hoạch nhiệm kỳ 2020-2025" */
export function registerLabel(docType: DocType, periodKey: string): string {
  const period = periodKey.startsWith('term:') ? `nhiệm kỳ ${periodKey.slice(5)}` : `năm ${periodKey}`
  return `sổ ${DOC_TYPE_LABELS[docType]} ${period}`
}

/** Does a register period cover the given year ('2025' covers 2025; 'term:2020-2025' covers 2020 to 2025)? */
export function periodCoversYear(periodKey: string, year: number): boolean {
  const term = /^term:(\d{4})-(\d{4})$/.exec(periodKey)
  if (term) return Number(term[1]) <= year && year <= Number(term[2])
  return periodKey === String(year)
}

/** Numbers below 10 are printed with a leading zero (law.md §8.3): 5 → "05", 141 → "141". */
export function formatNumber(number: number): string {
  return String(number).padStart(2, '0')
}

/** "141/KH-UBND" for State documents, "05-KH/ĐU" for Party documents; null while unnumbered. */
export function numberAndSymbol(number: number | null, symbol: string, track: Track): string | null {
  if (number === null) return null
  return `${formatNumber(number)}${track === 'party' ? '-' : '/'}${symbol}`
}

/** Document files named in ASCII, e.g. "KH-141-KH-UBND-2025" (a draft: "KH-du-thao-KH-UBND-2025"). */
export function documentFileStem(number: number | null, symbol: string, year: number): { ascii: string; unicode: string } {
  const numberPart = number === null ? 'du-thao' : formatNumber(number)
  const unicode = `KH-${numberPart}-${symbol.replace(/\//g, '-')}-${year}`
  const ascii = unicode
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]/g, '-')
  return { ascii, unicode }
}
