// The catalogue of emulation titles, commendation forms and Party ratings, keyed by code
// (glossary: LDTT, CSTDCS, TTLDTT, TTLDXS, GIAY_KHEN_*, BANG_KHEN_*, HUAN_CHUONG_LAO_DONG_*, CO_THI_DUA_*).
import { COLLECTIVE_TITLES } from './collective-titles.ts'
import { CULTURAL_TITLES } from './cultural-titles.ts'
import { INDIVIDUAL_TITLES } from './individual-titles.ts'
import { MASS_ENTRIES, PARTY_ENTRIES } from './party-and-mass.ts'
import { STATE_AWARDS } from './state-awards.ts'
import type { CatalogueCode, CatalogueEntry } from './types.ts'

export const CATALOGUE: Readonly<Record<CatalogueCode, CatalogueEntry>> = {
  ...INDIVIDUAL_TITLES,
  ...COLLECTIVE_TITLES,
  ...CULTURAL_TITLES,
  ...STATE_AWARDS,
  ...PARTY_ENTRIES,
  ...MASS_ENTRIES,
}
