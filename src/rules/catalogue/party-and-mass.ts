// The Party track (xếp loại tổ chức đảng, đảng viên; khen thưởng của Đảng — Hướng dẫn 06-HD/TW §19,
// Quy định 366-QĐ/TW Điều 11, Hướng dẫn 56-HD/VPTW; law.md §2.5, §6.3) and the mass-organisation track.
// They run on the same engine as the State track; the State rule-set timeline still names the date.
import type { AuthorityCode } from '../authorities.ts'
import { HD56, hd06, qd366 } from '../citations.ts'
import type { SubjectKind } from '../types.ts'
import { ownRulesDossier } from './dossiers.ts'
import { singleGrant } from './grants.ts'
import type { Bonus, CatalogueCode, CatalogueEntry, RuleSetDetails } from './types.ts'

/** The date Hướng dẫn 06-HD/TW was issued; the guidance before it (HD 01-HD/TW, 2021) is not digitised. */
const HD06_FROM = '2025-06-09'

const sameInBoth = (d: RuleSetDetails) => ({ ND98_2023: d, ND152_2025: d })

const partyBonus = (coefficient: number): Bonus => ({ coefficient, citation: HD56, confidence: 'indirect', note: 'Mức của Hướng dẫn 56-HD/VPTW (2015); văn bản mới hơn có thay đổi hay không chưa xác minh.' })
const UNKNOWN_PARTY_BONUS: Bonus = { coefficient: null, citation: HD56, confidence: 'unconfirmed', note: 'Mức thưởng cho tổ chức đảng chưa có trong tài liệu đã đối chiếu.' }

function partyRating(code: CatalogueCode, name: string, short: string, subject: SubjectKind, citation: string, confidence: CatalogueEntry['confidence'], rater: AuthorityCode): CatalogueEntry {
  return {
    code,
    name,
    short,
    category: 'rating',
    track: 'party',
    subjects: [subject],
    kinds: ['cong_trang'],
    standardsSetBy: 'party',
    citation,
    confidence,
    byRuleSet: sameInBoth({ authorities: singleGrant(rater, citation, 'unconfirmed'), ballot: null, bonus: {}, dossier: {}, procedure: [] }),
  }
}

function partyAward(code: CatalogueCode, name: string, short: string, subject: SubjectKind, muc: string, authority: AuthorityCode, bonus: Bonus, confidence: CatalogueEntry['confidence'] = 'confirmed'): CatalogueEntry {
  return {
    code,
    name,
    short,
    category: 'form',
    track: 'party',
    subjects: [subject],
    kinds: ['cong_trang'],
    standardsSetBy: 'party',
    citation: hd06(muc),
    confidence,
    validFrom: HD06_FROM,
    byRuleSet: sameInBoth({ authorities: singleGrant(authority, hd06(muc)), ballot: null, bonus: { [subject]: bonus }, dossier: { [subject]: { cong_trang: ownRulesDossier(hd06(muc)) } }, procedure: [] }),
  }
}

const QD366 = 'Quy định 366-QĐ/TW năm 2025'

export const PARTY_ENTRIES = {
  DANG_VIEN_HTXSNV: partyRating('DANG_VIEN_HTXSNV', 'Đảng viên hoàn thành xuất sắc nhiệm vụ', 'Đảng viên HTXSNV', 'individual', QD366, 'unconfirmed', 'DANG_UY_CO_SO'),
  DANG_VIEN_HTTNV: partyRating('DANG_VIEN_HTTNV', 'Đảng viên hoàn thành tốt nhiệm vụ', 'Đảng viên HTTNV', 'individual', QD366, 'unconfirmed', 'DANG_UY_CO_SO'),
  TO_CHUC_DANG_HTXSNV: partyRating('TO_CHUC_DANG_HTXSNV', 'Tổ chức đảng (chi bộ, đảng bộ) hoàn thành xuất sắc nhiệm vụ', 'Chi bộ HTXSNV', 'collective', qd366(11), 'confirmed', 'BTV_CAP_TREN'),
  TO_CHUC_DANG_HTTNV: partyRating('TO_CHUC_DANG_HTTNV', 'Tổ chức đảng (chi bộ, đảng bộ) hoàn thành tốt nhiệm vụ', 'Chi bộ HTTNV', 'collective', QD366, 'unconfirmed', 'BTV_CAP_TREN'),
  GIAY_KHEN_DANG_UY_DANG_VIEN: partyAward('GIAY_KHEN_DANG_UY_DANG_VIEN', 'Giấy khen của Đảng ủy cơ sở tặng đảng viên hoàn thành xuất sắc nhiệm vụ trong năm', 'Giấy khen Đảng ủy (đảng viên)', 'individual', '19.2', 'DANG_UY_CO_SO', partyBonus(0.3)),
  GIAY_KHEN_BTV_CAP_TREN_DANG_VIEN: partyAward('GIAY_KHEN_BTV_CAP_TREN_DANG_VIEN', 'Giấy khen của Ban Thường vụ cấp ủy cấp trên tặng đảng viên 05 năm liền hoàn thành xuất sắc nhiệm vụ', 'Giấy khen BTV cấp trên (đảng viên)', 'individual', '19.2', 'BTV_CAP_TREN', partyBonus(1.0)),
  BANG_KHEN_BTV_TINH_UY_DANG_VIEN: partyAward('BANG_KHEN_BTV_TINH_UY_DANG_VIEN', 'Bằng khen của Ban Thường vụ Tỉnh ủy tặng đảng viên 05 năm liền hoàn thành xuất sắc nhiệm vụ', 'Bằng khen BTV Tỉnh ủy (đảng viên)', 'individual', '19.2', 'BTV_TINH_UY', partyBonus(1.5)),
  GIAY_KHEN_DANG_UY_CHI_BO: partyAward('GIAY_KHEN_DANG_UY_CHI_BO', 'Giấy khen của Đảng ủy cơ sở tặng chi bộ trực thuộc hoàn thành xuất sắc nhiệm vụ trong năm', 'Giấy khen Đảng ủy (chi bộ)', 'collective', '19.1', 'DANG_UY_CO_SO', UNKNOWN_PARTY_BONUS, 'indirect'),
  GIAY_KHEN_BTV_CAP_TREN_TO_CHUC_DANG: partyAward('GIAY_KHEN_BTV_CAP_TREN_TO_CHUC_DANG', 'Giấy khen của Ban Thường vụ cấp ủy cấp trên tặng tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tiêu biểu', 'Giấy khen BTV cấp trên (tổ chức đảng)', 'collective', '19.1', 'BTV_CAP_TREN', UNKNOWN_PARTY_BONUS),
  BANG_KHEN_BTV_TINH_UY_TO_CHUC_DANG: partyAward('BANG_KHEN_BTV_TINH_UY_TO_CHUC_DANG', 'Bằng khen của Ban Thường vụ Tỉnh ủy tặng tổ chức cơ sở đảng 05 năm liền hoàn thành xuất sắc nhiệm vụ', 'Bằng khen BTV Tỉnh ủy (tổ chức đảng)', 'collective', '19.1', 'BTV_TINH_UY', UNKNOWN_PARTY_BONUS),
  CO_BTV_TINH_UY: partyAward('CO_BTV_TINH_UY', 'Cờ của Ban Thường vụ Tỉnh ủy tặng tổ chức cơ sở đảng 05 năm liền hoàn thành xuất sắc nhiệm vụ', 'Cờ BTV Tỉnh ủy', 'collective', '19.1', 'BTV_TINH_UY', UNKNOWN_PARTY_BONUS, 'indirect'),
} satisfies Partial<Record<CatalogueCode, CatalogueEntry>>

const MASS_RULES = 'Điều lệ, quy chế khen thưởng của Mặt trận Tổ quốc và từng tổ chức chính trị - xã hội'

export const MASS_ENTRIES = {
  GIAY_KHEN_TO_CHUC_CT_XH: {
    code: 'GIAY_KHEN_TO_CHUC_CT_XH',
    name: 'Giấy khen của Mặt trận Tổ quốc, tổ chức chính trị - xã hội',
    short: 'Giấy khen đoàn thể',
    category: 'form',
    track: 'mass',
    subjects: ['individual', 'collective', 'household'],
    kinds: ['cong_trang', 'phong_trao', 'dot_xuat'],
    standardsSetBy: 'organisation',
    citation: MASS_RULES,
    confidence: 'unconfirmed',
    byRuleSet: sameInBoth({
      authorities: singleGrant('TO_CHUC_CT_XH', MASS_RULES, 'unconfirmed'),
      ballot: null,
      bonus: {},
      dossier: Object.fromEntries((['individual', 'collective', 'household'] as const).map((s) => [s, { cong_trang: ownRulesDossier(MASS_RULES), phong_trao: ownRulesDossier(MASS_RULES), dot_xuat: ownRulesDossier(MASS_RULES) }])),
      procedure: [],
    }),
  },
} satisfies Partial<Record<CatalogueCode, CatalogueEntry>>
