// Titles of the Decree 86/2023 family: Gia đình văn hóa, Thôn/Tổ dân phố văn hóa, Xã/phường/đặc khu
// tiêu biểu (Luật TĐKT 2022, Điều 29–31; Nghị định 86/2023/NĐ-CP; law.md §1.3, §1.4, §4.6).
import { law, nd86 } from '../citations.ts'
import { GDVH_DOSSIER, THON_DOSSIER } from './dossiers.ts'
import { COMMUNE_CHAIR_FROM_DISTRICT, COMMUNE_CHAIR_OWN_ND152, COMMUNE_CHAIR_OWN_ND98, DISTRICT_CHAIR, nd152Bonus, ND98_UNKNOWN_BONUS, PROVINCE_CHAIR_ONLY } from './grants.ts'
import type { Bonus, CatalogueCode, CatalogueEntry, ProcedureNote } from './types.ts'

const BEFORE_25_11: ProcedureNote = { text: 'Hoàn thành bình xét hằng năm trước ngày 25/11', citation: nd86(), confidence: 'indirect' }

const GDVH_PROCEDURE: ProcedureNote[] = [
  { text: 'Trưởng thôn, tổ dân phố chủ trì họp bình xét; niêm yết công khai danh sách 10 ngày', citation: nd86(8, 1), confidence: 'confirmed' },
  { text: 'Chủ tịch UBND cấp xã quyết định trong 10 ngày kể từ khi nhận đủ hồ sơ (Mẫu số 10, Phụ lục IV); công bố trong 15 ngày', citation: nd86(8, 1), confidence: 'confirmed' },
  BEFORE_25_11,
]

const THON_PROCEDURE: ProcedureNote[] = [
  { text: 'Hội đồng Thi đua – Khen thưởng cấp xã họp xét; niêm yết công khai 10 ngày trên trang thông tin điện tử của xã', citation: nd86(8, 2), confidence: 'confirmed' },
  { text: 'Quyết định công nhận trong 10 ngày kể từ khi nhận đủ hồ sơ', citation: nd86(8, 2), confidence: 'confirmed' },
]

const GDVH_BONUS: Bonus = { coefficient: null, citation: `${law(31)}; ${nd86()}`, confidence: 'unconfirmed', note: 'Mức thưởng Gia đình văn hóa chưa tìm thấy trong Nghị định 152/2025 (law.md §6.3).' }

export const CULTURAL_TITLES = {
  XA_TIEU_BIEU: {
    code: 'XA_TIEU_BIEU',
    name: 'Xã, phường, đặc khu tiêu biểu (trước 01/07/2025: xã, phường, thị trấn tiêu biểu)',
    short: 'Xã tiêu biểu',
    category: 'title',
    track: 'government',
    subjects: ['collective'],
    kinds: ['cong_trang'],
    standardsSetBy: 'province',
    citation: law(29),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: { authorities: PROVINCE_CHAIR_ONLY, ballot: null, bonus: { collective: ND98_UNKNOWN_BONUS }, dossier: {}, procedure: [BEFORE_25_11] },
      ND152_2025: {
        authorities: PROVINCE_CHAIR_ONLY.map((g) => ({ ...g, confidence: 'indirect' as const })),
        ballot: null,
        bonus: { collective: nd152Bonus(2.0, 50) },
        dossier: {},
        procedure: [BEFORE_25_11],
      },
    },
  },
  THON_VAN_HOA: {
    code: 'THON_VAN_HOA',
    name: 'Thôn, tổ dân phố văn hóa',
    short: 'Thôn văn hóa',
    category: 'title',
    track: 'government',
    subjects: ['collective'],
    kinds: ['cong_trang'],
    standardsSetBy: 'province',
    citation: law(30),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: { authorities: [DISTRICT_CHAIR], ballot: null, bonus: { collective: ND98_UNKNOWN_BONUS }, dossier: { collective: { cong_trang: THON_DOSSIER } }, procedure: THON_PROCEDURE },
      ND152_2025: { authorities: [COMMUNE_CHAIR_FROM_DISTRICT], ballot: null, bonus: { collective: nd152Bonus(1.5, 50) }, dossier: { collective: { cong_trang: THON_DOSSIER } }, procedure: THON_PROCEDURE },
    },
  },
  GIA_DINH_VAN_HOA: {
    code: 'GIA_DINH_VAN_HOA',
    name: 'Gia đình văn hóa',
    short: 'GĐVH',
    category: 'title',
    track: 'government',
    subjects: ['household'],
    kinds: ['cong_trang'],
    standardsSetBy: 'province',
    citation: law(31),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: { authorities: [COMMUNE_CHAIR_OWN_ND98], ballot: null, bonus: { household: GDVH_BONUS }, dossier: { household: { cong_trang: GDVH_DOSSIER } }, procedure: GDVH_PROCEDURE },
      ND152_2025: { authorities: [COMMUNE_CHAIR_OWN_ND152], ballot: null, bonus: { household: GDVH_BONUS }, dossier: { household: { cong_trang: GDVH_DOSSIER } }, procedure: GDVH_PROCEDURE },
    },
  },
} satisfies Partial<Record<CatalogueCode, CatalogueEntry>>
