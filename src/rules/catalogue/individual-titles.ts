// Individual emulation titles (Luật TĐKT 2022, Điều 19, 21–24; law.md §1.2).
import { law, nd98, QD638 } from '../citations.ts'
import { titleDossier } from './dossiers.ts'
import {
  ballot,
  COMMUNE_CHAIR_FROM_DISTRICT,
  COMMUNE_CHAIR_OWN_ND152,
  COMMUNE_CHAIR_OWN_ND98,
  DISTRICT_CHAIR,
  HEADS,
  nd152Bonus,
  ND98_UNKNOWN_BONUS,
  PRIME_MINISTER,
  PROVINCE_CHAIR,
} from './grants.ts'
import type { CatalogueEntry, CatalogueCode } from './types.ts'

const COMMUNE_APPRAISAL = { text: 'Thời hạn thẩm định ở cấp xã: 20 ngày làm việc kể từ khi nhận đủ hồ sơ', citation: QD638, confidence: 'confirmed' } as const

export const INDIVIDUAL_TITLES = {
  LDTT: {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    short: 'LĐTT',
    category: 'title',
    track: 'government',
    subjects: ['individual'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(24),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: {
        authorities: [...HEADS, DISTRICT_CHAIR, COMMUNE_CHAIR_OWN_ND98],
        ballot: null,
        bonus: { individual: ND98_UNKNOWN_BONUS },
        dossier: { individual: { cong_trang: titleDossier('ND98_2023', 'individual', { ballot: false }) } },
        procedure: [],
      },
      ND152_2025: {
        authorities: [...HEADS, COMMUNE_CHAIR_OWN_ND152],
        ballot: null,
        bonus: { individual: nd152Bonus(0.3, 50, 'confirmed', 'Làm tròn lên hàng chục nghìn: 710.000 đồng; báo chí nêu 702.000 đồng (⚠️).') },
        dossier: { individual: { cong_trang: titleDossier('ND152_2025', 'individual', { ballot: false }) } },
        procedure: [COMMUNE_APPRAISAL],
      },
    },
  },
  CSTDCS: {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    short: 'CSTĐCS',
    category: 'title',
    track: 'government',
    subjects: ['individual'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(23),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: {
        authorities: [...HEADS, DISTRICT_CHAIR],
        ballot: ballot(0.8, 'ND98_2023'),
        bonus: { individual: ND98_UNKNOWN_BONUS },
        dossier: { individual: { cong_trang: titleDossier('ND98_2023', 'individual', { ballot: true, certification: 'Văn bản công nhận sáng kiến, đề tài khoa học, mưu trí hoặc kết quả xếp loại hoàn thành xuất sắc nhiệm vụ' }) } },
        procedure: [],
      },
      ND152_2025: {
        authorities: [...HEADS, COMMUNE_CHAIR_FROM_DISTRICT],
        ballot: ballot(0.8, 'ND152_2025', true),
        bonus: { individual: nd152Bonus(1.0, 50) },
        dossier: { individual: { cong_trang: titleDossier('ND152_2025', 'individual', { ballot: true, certification: 'Văn bản công nhận sáng kiến, đề tài khoa học, mưu trí hoặc kết quả xếp loại hoàn thành xuất sắc nhiệm vụ' }) } },
        procedure: [COMMUNE_APPRAISAL],
      },
    },
  },
  CSTD_TINH: {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    short: 'CSTĐ cấp tỉnh',
    category: 'title',
    track: 'government',
    subjects: ['individual'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(22),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: {
        authorities: PROVINCE_CHAIR,
        ballot: ballot(0.9, 'ND98_2023'),
        bonus: { individual: ND98_UNKNOWN_BONUS },
        dossier: { individual: { cong_trang: titleDossier('ND98_2023', 'individual', { ballot: true, certification: 'Văn bản xác nhận của Bộ trưởng, Chủ tịch UBND tỉnh về hiệu quả áp dụng, phạm vi ảnh hưởng của sáng kiến, đề tài' }) } },
        procedure: [],
      },
      ND152_2025: {
        authorities: PROVINCE_CHAIR,
        ballot: ballot(0.9, 'ND152_2025'),
        bonus: { individual: nd152Bonus(3.0, 50) },
        dossier: { individual: { cong_trang: titleDossier('ND152_2025', 'individual', { ballot: true, certification: 'Giấy xác nhận hiệu quả áp dụng, phạm vi ảnh hưởng của sáng kiến, đề tài (Mẫu số 13 — chưa xác minh)' }) } },
        procedure: [],
      },
    },
  },
  CSTD_TOAN_QUOC: {
    code: 'CSTD_TOAN_QUOC',
    name: 'Chiến sĩ thi đua toàn quốc',
    short: 'CSTĐTQ',
    category: 'title',
    track: 'government',
    subjects: ['individual'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(21),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: {
        authorities: PRIME_MINISTER,
        ballot: ballot(0.9, 'ND98_2023'),
        bonus: { individual: ND98_UNKNOWN_BONUS },
        dossier: { individual: { cong_trang: titleDossier('ND98_2023', 'individual', { ballot: true, certification: 'Văn bản xác nhận của Bộ trưởng, Chủ tịch UBND tỉnh về phạm vi ảnh hưởng toàn quốc của sáng kiến, đề tài' }) } },
        procedure: [{ text: 'Hồ sơ gửi Bộ Nội vụ chậm nhất ngày 31/12 của năm sau', citation: nd98(32, 1, 'a'), confidence: 'confirmed' }],
      },
      ND152_2025: {
        authorities: PRIME_MINISTER,
        ballot: ballot(0.9, 'ND152_2025'),
        bonus: { individual: nd152Bonus(4.5, 50) },
        dossier: { individual: { cong_trang: titleDossier('ND152_2025', 'individual', { ballot: true, certification: 'Văn bản xác nhận của Bộ trưởng, Chủ tịch UBND tỉnh về phạm vi ảnh hưởng toàn quốc của sáng kiến, đề tài' }) } },
        procedure: [{ text: 'Hồ sơ gửi Bộ Nội vụ chậm nhất ngày 31/12 của năm sau', citation: `${nd98(32, 1, 'a')} (điều tương ứng của Nghị định 152/2025 chưa đối chiếu)`, confidence: 'indirect' }],
      },
    },
  },
} satisfies Partial<Record<CatalogueCode, CatalogueEntry>>
