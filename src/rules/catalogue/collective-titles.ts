// Collective emulation titles of units and agencies (Luật TĐKT 2022, Điều 20, 25–28; law.md §1.3).
import { law, nd98 } from '../citations.ts'
import type { RuleSetId } from '../rule-sets.ts'
import { titleDossier } from './dossiers.ts'
import { ballot, COMMUNE_CHAIR_FROM_DISTRICT, DISTRICT_CHAIR, HEADS, nd152Bonus, ND98_UNKNOWN_BONUS, PRIME_MINISTER, PROVINCE_CHAIR } from './grants.ts'
import type { CatalogueCode, CatalogueEntry } from './types.ts'

const dossier = (ruleSet: RuleSetId, withBallot: boolean) => ({ collective: { cong_trang: titleDossier(ruleSet, 'collective', { ballot: withBallot }) } })

export const COLLECTIVE_TITLES = {
  TTLDTT: {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    short: 'TTLĐTT',
    category: 'title',
    track: 'government',
    subjects: ['collective'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(28),
    confidence: 'indirect',
    byRuleSet: {
      ND98_2023: { authorities: [...HEADS, DISTRICT_CHAIR], ballot: null, bonus: { collective: ND98_UNKNOWN_BONUS }, dossier: dossier('ND98_2023', false), procedure: [] },
      ND152_2025: {
        authorities: [...HEADS, COMMUNE_CHAIR_FROM_DISTRICT],
        ballot: null,
        bonus: { collective: nd152Bonus(0.8, 50, 'confirmed', 'Làm tròn lên hàng chục nghìn: 1.880.000 đồng.') },
        dossier: dossier('ND152_2025', false),
        procedure: [],
      },
    },
  },
  TTLDXS: {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    short: 'TTLĐXS',
    category: 'title',
    track: 'government',
    subjects: ['collective'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(27),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: { authorities: PROVINCE_CHAIR, ballot: null, bonus: { collective: ND98_UNKNOWN_BONUS }, dossier: dossier('ND98_2023', false), procedure: [] },
      ND152_2025: { authorities: PROVINCE_CHAIR, ballot: null, bonus: { collective: nd152Bonus(1.5, 50) }, dossier: dossier('ND152_2025', false), procedure: [] },
    },
  },
  CO_THI_DUA_TINH: {
    code: 'CO_THI_DUA_TINH',
    name: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
    short: 'Cờ thi đua tỉnh',
    category: 'title',
    track: 'government',
    subjects: ['collective'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(26),
    confidence: 'indirect',
    byRuleSet: {
      ND98_2023: { authorities: PROVINCE_CHAIR, ballot: ballot(0.8, 'ND98_2023'), bonus: { collective: ND98_UNKNOWN_BONUS }, dossier: dossier('ND98_2023', true), procedure: [] },
      ND152_2025: { authorities: PROVINCE_CHAIR, ballot: ballot(0.8, 'ND152_2025'), bonus: { collective: nd152Bonus(8.0, 50) }, dossier: dossier('ND152_2025', true), procedure: [] },
    },
  },
  CO_THI_DUA_CHINH_PHU: {
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    short: 'Cờ thi đua Chính phủ',
    category: 'title',
    track: 'government',
    subjects: ['collective'],
    kinds: ['cong_trang'],
    standardsSetBy: 'law',
    citation: law(25),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: {
        authorities: PRIME_MINISTER,
        ballot: ballot(0.8, 'ND98_2023'),
        bonus: { collective: ND98_UNKNOWN_BONUS },
        dossier: dossier('ND98_2023', true),
        procedure: [{ text: 'Hồ sơ gửi Bộ Nội vụ trước ngày 30/06 hằng năm (hệ thống giáo dục: trước 31/12)', citation: nd98(32, 1), confidence: 'confirmed' }],
      },
      ND152_2025: {
        authorities: PRIME_MINISTER,
        ballot: ballot(0.8, 'ND152_2025'),
        bonus: { collective: nd152Bonus(12.0, 50) },
        dossier: dossier('ND152_2025', true),
        procedure: [{ text: 'Hồ sơ gửi Bộ Nội vụ trước ngày 30/06 hằng năm (hệ thống giáo dục: trước 31/12)', citation: `${nd98(32, 1)} (điều tương ứng của Nghị định 152/2025 chưa đối chiếu)`, confidence: 'indirect' }],
      },
    },
  },
} satisfies Partial<Record<CatalogueCode, CatalogueEntry>>
