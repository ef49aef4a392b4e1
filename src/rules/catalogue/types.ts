// Shape of a catalogue entry: an emulation title (danh hiệu thi đua), a commendation form
// (hình thức khen thưởng) or a Party rating (xếp loại), with what changes between rule sets.
import type { AuthorityCode } from '../authorities.ts'
import type { RuleSetId } from '../rule-sets.ts'
import type { CommendationKind, Confidence, SubjectKind, Track } from '../types.ts'

export const CATALOGUE_CODES = [
  // Emulation titles (Luật TĐKT 2022, Điều 19, 20)
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TOAN_QUOC',
  'TTLDTT',
  'TTLDXS',
  'CO_THI_DUA_TINH',
  'CO_THI_DUA_CHINH_PHU',
  'XA_TIEU_BIEU',
  'THON_VAN_HOA',
  'GIA_DINH_VAN_HOA',
  // Commendation forms (Điều 9)
  'GIAY_KHEN_CHU_TICH_XA',
  'GIAY_KHEN_CHU_TICH_HUYEN',
  'GIAY_KHEN_THU_TRUONG',
  'BANG_KHEN_CHU_TICH_TINH',
  'BANG_KHEN_BO',
  'BANG_KHEN_THU_TUONG',
  'HUAN_CHUONG_LAO_DONG_HANG_BA',
  'HUAN_CHUONG_LAO_DONG_HANG_NHI',
  'HUAN_CHUONG_LAO_DONG_HANG_NHAT',
  // Party track (Quy định 366-QĐ/TW; Hướng dẫn 06-HD/TW §19)
  'DANG_VIEN_HTXSNV',
  'DANG_VIEN_HTTNV',
  'TO_CHUC_DANG_HTXSNV',
  'TO_CHUC_DANG_HTTNV',
  'GIAY_KHEN_DANG_UY_DANG_VIEN',
  'GIAY_KHEN_BTV_CAP_TREN_DANG_VIEN',
  'BANG_KHEN_BTV_TINH_UY_DANG_VIEN',
  'GIAY_KHEN_DANG_UY_CHI_BO',
  'GIAY_KHEN_BTV_CAP_TREN_TO_CHUC_DANG',
  'BANG_KHEN_BTV_TINH_UY_TO_CHUC_DANG',
  'CO_BTV_TINH_UY',
  // Front and mass organisations
  'GIAY_KHEN_TO_CHUC_CT_XH',
] as const
export type CatalogueCode = (typeof CATALOGUE_CODES)[number]

export const CATEGORIES = { title: 'Danh hiệu thi đua', form: 'Hình thức khen thưởng', rating: 'Xếp loại chất lượng' } as const
type Category = keyof typeof CATEGORIES

/** Who writes the standards: the Law itself, the province (Luật TĐKT 2022, Điều 24(4), 75(2)…), the Party, or the organisation's charter. */
type StandardsSetBy = 'law' | 'province' | 'party' | 'organisation'

export interface AuthorityGrant {
  authority: AuthorityCode
  citation: string
  confidence: Confidence
}

/** Bonus = coefficient × base salary on the decision date; null when the coefficient is unknown. */
export interface Bonus {
  coefficient: number | null
  citation: string
  confidence: Confidence
  note?: string
}

/** A document of the dossier (hồ sơ), with its numbered form (mẫu) when one is known. */
export interface DossierComponent {
  name: string
  form: string | null
  citation: string
  confidence: Confidence
}

/** A procedural rule to show beside the verdict (ballot, public posting, deadline). */
export interface ProcedureNote {
  text: string
  citation: string
  confidence: Confidence
}

/** Council ballot: share of the TOTAL members who must agree (not of those present). */
export interface Ballot {
  share: number
  citation: string
  confidence: Confidence
}

export interface RuleSetDetails {
  authorities: AuthorityGrant[]
  ballot: Ballot | null
  bonus: Partial<Record<SubjectKind, Bonus>>
  /** Dossier per subject kind and commendation kind. */
  dossier: Partial<Record<SubjectKind, Partial<Record<CommendationKind, DossierComponent[]>>>>
  procedure: ProcedureNote[]
}

export interface CatalogueEntry {
  code: CatalogueCode
  name: string
  /** Abbreviation officers use: "LĐTT", "CSTĐCS". */
  short: string
  category: Category
  track: Track
  subjects: SubjectKind[]
  kinds: CommendationKind[]
  standardsSetBy: StandardsSetBy
  /** The article that creates the title or form. */
  citation: string
  confidence: Confidence
  /** When the governing instrument took effect, if later than the rule set (Party guidance). */
  validFrom?: string
  /** The instrument that abolished it, when it no longer exists under a later rule set. */
  abolishedBy?: string
  /** Absent for a rule set: the title or form does not exist under it. */
  byRuleSet: Partial<Record<RuleSetId, RuleSetDetails>>
}
