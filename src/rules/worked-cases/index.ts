// Every worked case, in the order the table reads.
import { BANG_KHEN_TINH_CASES, BANG_KHEN_TTG_CASES, GIAY_KHEN_CASES, HUAN_CHUONG_CASES } from './awards.ts'
import { FLAG_CASES, TTLDTT_CASES, TTLDXS_CASES } from './collective-titles.ts'
import { GDVH_CASES, THON_CASES } from './cultural-titles.ts'
import { CSTD_CASES, CSTDCS_CASES, LDTT_CASES } from './individual-titles.ts'
import { INVALID_INPUT_CASES } from './invalid-input.ts'
import { MASS_CASES, PARTY_CASES } from './party-and-mass.ts'
import type { WorkedCase } from './types.ts'

export const WORKED_CASES: WorkedCase[] = [
  ...LDTT_CASES,
  ...CSTDCS_CASES,
  ...CSTD_CASES,
  ...TTLDTT_CASES,
  ...TTLDXS_CASES,
  ...FLAG_CASES,
  ...GDVH_CASES,
  ...THON_CASES,
  ...GIAY_KHEN_CASES,
  ...BANG_KHEN_TINH_CASES,
  ...BANG_KHEN_TTG_CASES,
  ...HUAN_CHUONG_CASES,
  ...PARTY_CASES,
  ...MASS_CASES,
  ...INVALID_INPUT_CASES,
]
