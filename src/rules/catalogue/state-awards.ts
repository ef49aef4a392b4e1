// State commendation forms: Giấy khen, Bằng khen, Huân chương Lao động
// (Luật TĐKT 2022, Điều 9, 33, 42–44, 72–75; law.md §2.2, §2.3, §6.3).
import { law, LAW72, nd129, nd98, QD311 } from '../citations.ts'
import type { RuleSetId } from '../rule-sets.ts'
import type { CommendationKind, SubjectKind } from '../types.ts'
import { formDossier } from './dossiers.ts'
import {
  COMMUNE_CHAIR_OWN_ND152,
  COMMUNE_CHAIR_OWN_ND98,
  DISTRICT_CHAIR,
  HEADS,
  MINISTER_ONLY,
  nd152Bonus,
  ND98_UNKNOWN_BONUS,
  PRESIDENT,
  PRIME_MINISTER,
  PROVINCE_CHAIR_ONLY,
} from './grants.ts'
import type { AuthorityGrant, Bonus, CatalogueCode, CatalogueEntry, ProcedureNote, RuleSetDetails } from './types.ts'

const GIAY_KHEN_KINDS: CommendationKind[] = ['cong_trang', 'phong_trao', 'dot_xuat']
const ALL_SUBJECTS: SubjectKind[] = ['individual', 'collective', 'household']

/** ND 152 Điều 54: Giấy khen 0.3 / 0.6 / 0.45 (household ⚠️); Bằng khen bộ, tỉnh 1.5 / 3.0 / 2.25; Thủ tướng 3.5 / 7.0 / 5.25. */
const GIAY_KHEN_BONUS_ND152: Partial<Record<SubjectKind, Bonus>> = {
  individual: nd152Bonus(0.3, 54, 'confirmed', 'Làm tròn lên hàng chục nghìn: 710.000 đồng; báo chí nêu 702.000 đồng (⚠️).'),
  collective: nd152Bonus(0.6, 54, 'confirmed', 'Làm tròn lên hàng chục nghìn: 1.410.000 đồng.'),
  household: nd152Bonus(0.45, 54, 'indirect', 'Hộ gia đình bằng 1,5 lần mức cá nhân; báo chí nêu 1.053.000 đồng (⚠️).'),
}
const BANG_KHEN_BONUS_ND152: Partial<Record<SubjectKind, Bonus>> = {
  individual: nd152Bonus(1.5, 54),
  collective: nd152Bonus(3.0, 54),
  household: nd152Bonus(2.25, 54, 'confirmed', 'Hộ gia đình bằng 1,5 lần mức cá nhân.'),
}
const THU_TUONG_BONUS_ND152: Partial<Record<SubjectKind, Bonus>> = {
  individual: nd152Bonus(3.5, 54),
  collective: nd152Bonus(7.0, 54),
  household: nd152Bonus(5.25, 54, 'confirmed', 'Hộ gia đình bằng 1,5 lần mức cá nhân.'),
}
const ND98_UNKNOWN: Partial<Record<SubjectKind, Bonus>> = { individual: ND98_UNKNOWN_BONUS, collective: ND98_UNKNOWN_BONUS, household: ND98_UNKNOWN_BONUS }

const MOHA_APPRAISAL: Record<RuleSetId, ProcedureNote> = {
  ND98_2023: { text: 'Bộ Nội vụ thẩm định trong 20 ngày làm việc kể từ khi nhận đủ hồ sơ; hồ sơ không đủ điều kiện trả lại trong 5 ngày làm việc', citation: nd98(32, 2), confidence: 'confirmed' },
  ND152_2025: { text: 'Bộ Nội vụ thẩm định trong 20 ngày làm việc kể từ khi nhận đủ hồ sơ; hồ sơ không đủ điều kiện trả lại trong 5 ngày làm việc', citation: QD311, confidence: 'confirmed' },
}
const ORDER_POSTING: Record<RuleSetId, ProcedureNote> = {
  ND98_2023: { text: 'Công khai danh sách trên phương tiện thông tin ít nhất 10 ngày làm việc trước khi Hội đồng Thi đua – Khen thưởng họp', citation: nd98(46), confidence: 'confirmed' },
  ND152_2025: { text: 'Công khai danh sách trên phương tiện thông tin ít nhất 10 ngày làm việc trước khi Hội đồng Thi đua – Khen thưởng họp', citation: `${nd98(46)} (điều tương ứng của Nghị định 152/2025 chưa đối chiếu)`, confidence: 'indirect' },
}

function details(
  ruleSet: RuleSetId,
  authorities: AuthorityGrant[],
  bonus: Partial<Record<SubjectKind, Bonus>>,
  subjects: SubjectKind[],
  kinds: CommendationKind[],
  central: boolean,
  procedure: ProcedureNote[] = [],
): RuleSetDetails {
  return { authorities, ballot: null, bonus, dossier: formDossier(ruleSet, subjects, kinds, central), procedure }
}

/** Huân chương coefficients: ND 152 Điều 51 from one secondary source, consistent with the ND 98 tables (⚠️). */
function orderBonus(ruleSet: RuleSetId, individual: number, collective: number): Partial<Record<SubjectKind, Bonus>> {
  if (ruleSet === 'ND152_2025') {
    return {
      individual: nd152Bonus(individual, 51, 'indirect', 'Một nguồn thứ cấp, khớp bảng của Nghị định 98/2023.'),
      collective: nd152Bonus(collective, 51, 'indirect', 'Tập thể bằng 2 lần cá nhân.'),
    }
  }
  const citation = 'Nghị định 98/2023/NĐ-CP (bảng mức thưởng Huân chương, đối chiếu gián tiếp)'
  return { individual: { coefficient: individual, citation, confidence: 'indirect' }, collective: { coefficient: collective, citation, confidence: 'indirect' } }
}

function labourOrder(code: 'HUAN_CHUONG_LAO_DONG_HANG_BA' | 'HUAN_CHUONG_LAO_DONG_HANG_NHI' | 'HUAN_CHUONG_LAO_DONG_HANG_NHAT', rank: string, article: number, individual: number, collective: number): CatalogueEntry {
  const subjects: SubjectKind[] = ['individual', 'collective']
  const kinds: CommendationKind[] = ['cong_trang', 'dot_xuat', 'cong_hien']
  return {
    code,
    name: `Huân chương Lao động hạng ${rank}`,
    short: `HCLĐ hạng ${rank}`,
    category: 'form',
    track: 'government',
    subjects,
    kinds,
    standardsSetBy: 'law',
    citation: law(article),
    confidence: code === 'HUAN_CHUONG_LAO_DONG_HANG_BA' ? 'confirmed' : 'unconfirmed',
    byRuleSet: {
      ND98_2023: details('ND98_2023', PRESIDENT, orderBonus('ND98_2023', individual, collective), subjects, kinds, true, [ORDER_POSTING.ND98_2023, MOHA_APPRAISAL.ND98_2023]),
      ND152_2025: details('ND152_2025', PRESIDENT, orderBonus('ND152_2025', individual, collective), subjects, kinds, true, [ORDER_POSTING.ND152_2025, MOHA_APPRAISAL.ND152_2025]),
    },
  }
}

export const STATE_AWARDS = {
  GIAY_KHEN_CHU_TICH_XA: {
    code: 'GIAY_KHEN_CHU_TICH_XA',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
    short: 'Giấy khen Chủ tịch UBND xã',
    category: 'form',
    track: 'government',
    subjects: ALL_SUBJECTS,
    kinds: GIAY_KHEN_KINDS,
    standardsSetBy: 'province',
    citation: law(75),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: details(
        'ND98_2023',
        [COMMUNE_CHAIR_OWN_ND98],
        {
          individual: { coefficient: 0.15, citation: 'Nghị định 98/2023/NĐ-CP (mức Giấy khen của Chủ tịch UBND cấp xã)', confidence: 'confirmed', note: 'Nghị định 152/2025 nâng lên 0,3 lần.' },
          collective: ND98_UNKNOWN_BONUS,
          household: ND98_UNKNOWN_BONUS,
        },
        ALL_SUBJECTS,
        GIAY_KHEN_KINDS,
        false,
      ),
      ND152_2025: details('ND152_2025', [COMMUNE_CHAIR_OWN_ND152], GIAY_KHEN_BONUS_ND152, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
    },
  },
  GIAY_KHEN_CHU_TICH_HUYEN: {
    code: 'GIAY_KHEN_CHU_TICH_HUYEN',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện (đến 30/06/2025)',
    short: 'Giấy khen Chủ tịch UBND huyện',
    category: 'form',
    track: 'government',
    subjects: ALL_SUBJECTS,
    kinds: GIAY_KHEN_KINDS,
    standardsSetBy: 'province',
    citation: law(75),
    confidence: 'confirmed',
    abolishedBy: `${LAW72} (bỏ cấp huyện từ 01/07/2025); ${nd129(59)}`,
    byRuleSet: {
      ND98_2023: details('ND98_2023', [DISTRICT_CHAIR], ND98_UNKNOWN, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
    },
  },
  GIAY_KHEN_THU_TRUONG: {
    code: 'GIAY_KHEN_THU_TRUONG',
    name: 'Giấy khen của Thủ trưởng cơ quan, đơn vị (Giám đốc Sở, thủ trưởng đơn vị có tư cách pháp nhân, giám đốc doanh nghiệp)',
    short: 'Giấy khen thủ trưởng',
    category: 'form',
    track: 'government',
    subjects: ALL_SUBJECTS,
    kinds: GIAY_KHEN_KINDS,
    standardsSetBy: 'province',
    citation: law(75),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: details('ND98_2023', HEADS, ND98_UNKNOWN, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
      ND152_2025: details('ND152_2025', HEADS, GIAY_KHEN_BONUS_ND152, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
    },
  },
  BANG_KHEN_CHU_TICH_TINH: {
    code: 'BANG_KHEN_CHU_TICH_TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    short: 'Bằng khen Chủ tịch UBND tỉnh',
    category: 'form',
    track: 'government',
    subjects: ALL_SUBJECTS,
    kinds: GIAY_KHEN_KINDS,
    standardsSetBy: 'law',
    citation: law(74),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: details('ND98_2023', PROVINCE_CHAIR_ONLY, ND98_UNKNOWN, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
      ND152_2025: details('ND152_2025', PROVINCE_CHAIR_ONLY, BANG_KHEN_BONUS_ND152, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
    },
  },
  BANG_KHEN_BO: {
    code: 'BANG_KHEN_BO',
    name: 'Bằng khen của Bộ trưởng, Thủ trưởng ban, ngành, đoàn thể trung ương',
    short: 'Bằng khen bộ, ngành',
    category: 'form',
    track: 'government',
    subjects: ALL_SUBJECTS,
    kinds: GIAY_KHEN_KINDS,
    standardsSetBy: 'law',
    citation: law(74),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: details('ND98_2023', MINISTER_ONLY, ND98_UNKNOWN, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
      ND152_2025: details('ND152_2025', MINISTER_ONLY, BANG_KHEN_BONUS_ND152, ALL_SUBJECTS, GIAY_KHEN_KINDS, false),
    },
  },
  BANG_KHEN_THU_TUONG: {
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    short: 'Bằng khen Thủ tướng',
    category: 'form',
    track: 'government',
    subjects: ALL_SUBJECTS,
    kinds: ['cong_trang', 'dot_xuat'],
    standardsSetBy: 'law',
    citation: law(73),
    confidence: 'confirmed',
    byRuleSet: {
      ND98_2023: details('ND98_2023', PRIME_MINISTER, ND98_UNKNOWN, ALL_SUBJECTS, ['cong_trang', 'dot_xuat'], true, [MOHA_APPRAISAL.ND98_2023]),
      ND152_2025: details('ND152_2025', PRIME_MINISTER, THU_TUONG_BONUS_ND152, ALL_SUBJECTS, ['cong_trang', 'dot_xuat'], true, [MOHA_APPRAISAL.ND152_2025]),
    },
  },
  HUAN_CHUONG_LAO_DONG_HANG_BA: labourOrder('HUAN_CHUONG_LAO_DONG_HANG_BA', 'Ba', 44, 4.5, 9.0),
  HUAN_CHUONG_LAO_DONG_HANG_NHI: labourOrder('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'Nhì', 43, 7.5, 15.0),
  HUAN_CHUONG_LAO_DONG_HANG_NHAT: labourOrder('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'Nhất', 42, 9.0, 18.0),
} satisfies Partial<Record<CatalogueCode, CatalogueEntry>>
