// Dossier components (thành phần hồ sơ) and report forms (mẫu) per rule set (law.md §5).
// ND 152 Appendix: Mẫu 01 (tờ trình) and Mẫu 05 (báo cáo cá nhân) are confirmed; 02–12 are inferred ⚠️.
// ND 98 Appendix I: Mẫu 02 (báo cáo tập thể) is confirmed; the others were not seen ❓.
import { law, nd86, nd98, QD311, QD638 } from '../citations.ts'
import type { RuleSetId } from '../rule-sets.ts'
import type { CommendationKind, Confidence, SubjectKind } from '../types.ts'
import type { DossierComponent } from './types.ts'

const component = (name: string, form: string | null, citation: string, confidence: Confidence): DossierComponent => ({ name, form, citation, confidence })

type ReportKind = 'to_trinh' | 'ca_nhan' | 'tap_the' | 'ho_gia_dinh' | 'dot_xuat' | 'cong_hien' | 'chuyen_de'

const REPORT_NAMES: Record<ReportKind, string> = {
  to_trinh: 'Tờ trình đề nghị khen thưởng (kèm danh sách)',
  ca_nhan: 'Báo cáo thành tích cá nhân',
  tap_the: 'Báo cáo thành tích tập thể',
  ho_gia_dinh: 'Báo cáo thành tích hộ gia đình',
  dot_xuat: 'Báo cáo thành tích đột xuất',
  cong_hien: 'Báo cáo thành tích quá trình cống hiến',
  chuyen_de: 'Báo cáo thành tích thi đua theo đợt, chuyên đề',
}

const FORMS: Record<RuleSetId, Record<ReportKind, { form: string | null; confidence: Confidence; citation: string }>> = {
  ND152_2025: {
    to_trinh: { form: 'Mẫu số 01, Phụ lục Nghị định 152/2025/NĐ-CP', confidence: 'confirmed', citation: QD638 },
    ca_nhan: { form: 'Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP', confidence: 'confirmed', citation: QD638 },
    tap_the: { form: 'Mẫu số 04, Phụ lục Nghị định 152/2025/NĐ-CP (số mẫu suy luận)', confidence: 'indirect', citation: 'Nghị định 152/2025/NĐ-CP, Phụ lục mẫu văn bản' },
    ho_gia_dinh: { form: null, confidence: 'unconfirmed', citation: 'Nghị định 152/2025/NĐ-CP, Phụ lục mẫu văn bản' },
    dot_xuat: { form: 'Mẫu số 06, Phụ lục Nghị định 152/2025/NĐ-CP (số mẫu suy luận)', confidence: 'indirect', citation: 'Nghị định 152/2025/NĐ-CP, Phụ lục mẫu văn bản' },
    cong_hien: { form: 'Mẫu số 07, Phụ lục Nghị định 152/2025/NĐ-CP (số mẫu suy luận)', confidence: 'indirect', citation: 'Nghị định 152/2025/NĐ-CP, Phụ lục mẫu văn bản' },
    chuyen_de: { form: 'Mẫu số 08, Phụ lục Nghị định 152/2025/NĐ-CP (số mẫu suy luận)', confidence: 'indirect', citation: 'Nghị định 152/2025/NĐ-CP, Phụ lục mẫu văn bản' },
  },
  ND98_2023: {
    to_trinh: { form: null, confidence: 'unconfirmed', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
    ca_nhan: { form: null, confidence: 'unconfirmed', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
    tap_the: { form: 'Mẫu số 02, Phụ lục I Nghị định 98/2023/NĐ-CP', confidence: 'confirmed', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
    ho_gia_dinh: { form: null, confidence: 'unconfirmed', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
    dot_xuat: { form: null, confidence: 'unconfirmed', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
    cong_hien: { form: null, confidence: 'unconfirmed', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
    chuyen_de: { form: 'Mẫu số 08, Phụ lục I Nghị định 98/2023/NĐ-CP (theo kế hoạch mẫu của xã)', confidence: 'indirect', citation: 'Nghị định 98/2023/NĐ-CP, Phụ lục I' },
  },
}

function report(ruleSet: RuleSetId, kind: ReportKind): DossierComponent {
  const f = FORMS[ruleSet][kind]
  return component(REPORT_NAMES[kind], f.form, f.citation, f.confidence)
}

const REPORT_FOR: Record<SubjectKind, ReportKind> = { individual: 'ca_nhan', collective: 'tap_the', household: 'ho_gia_dinh' }

/** Annual titles (Luật TĐKT 2022, Điều 84, khoản 1; NĐ 98/2023, Điều 34, khoản 2). */
export function titleDossier(ruleSet: RuleSetId, subject: SubjectKind, extra: { ballot: boolean; certification?: string }): DossierComponent[] {
  return [
    report(ruleSet, 'to_trinh'),
    report(ruleSet, REPORT_FOR[subject]),
    component(extra.ballot ? 'Biên bản bình xét của Hội đồng Thi đua – Khen thưởng kèm kết quả bỏ phiếu' : 'Biên bản bình xét của Hội đồng Thi đua – Khen thưởng', null, law(84, 1), 'confirmed'),
    ...(extra.certification ? [component(extra.certification, null, `${law(84, 1)}; ${nd98(34, 2)}`, 'confirmed')] : []),
  ]
}

/** Commendation forms by kind (Luật TĐKT 2022, Điều 84, khoản 2; simplified procedure Điều 85). */
export function formDossier(
  ruleSet: RuleSetId,
  subjects: SubjectKind[],
  kinds: CommendationKind[],
  central: boolean,
): Partial<Record<SubjectKind, Partial<Record<CommendationKind, DossierComponent[]>>>> {
  return Object.fromEntries(subjects.map((subject) => [subject, formDossierFor(ruleSet, subject, kinds, central)]))
}

function formDossierFor(ruleSet: RuleSetId, subject: SubjectKind, kinds: CommendationKind[], central: boolean): Partial<Record<CommendationKind, DossierComponent[]>> {
  const minutes = component('Biên bản xét khen thưởng của Hội đồng Thi đua – Khen thưởng', null, law(84, 2), 'confirmed')
  const electronic =
    central && ruleSet === 'ND152_2025'
      ? [component('Tệp điện tử (Word và PDF) nộp qua Hệ thống quản lý hồ sơ khen thưởng điện tử ngành Thi đua – Khen thưởng (trừ hồ sơ mật)', null, QD311, 'confirmed')]
      : []
  const simplified = (reportKind: ReportKind, extraDoc?: DossierComponent) => [
    report(ruleSet, 'to_trinh'),
    { ...report(ruleSet, reportKind), name: `${REPORT_NAMES[reportKind]} (tóm tắt, có xác nhận của cấp trình khen — thủ tục đơn giản)` },
    ...(extraDoc ? [extraDoc] : []),
    ...electronic,
  ]
  const byKind: Record<CommendationKind, DossierComponent[]> = {
    cong_trang: [report(ruleSet, 'to_trinh'), report(ruleSet, REPORT_FOR[subject]), minutes, ...electronic],
    phong_trao: [report(ruleSet, 'to_trinh'), report(ruleSet, 'chuyen_de'), minutes, ...electronic],
    dot_xuat: simplified('dot_xuat', component('Văn bản xác nhận thành tích đột xuất của cơ quan có thẩm quyền', null, law(84, 2), 'confirmed')),
    cong_hien: simplified('cong_hien'),
    nien_han: simplified('cong_hien'),
    doi_ngoai: simplified(REPORT_FOR[subject]),
  }
  return Object.fromEntries(kinds.map((k) => [k, byKind[k]]))
}

/** Gia đình văn hóa (Nghị định 86/2023/NĐ-CP, Điều 7, khoản 1). */
export const GDVH_DOSSIER: DossierComponent[] = [
  component('Văn bản đề nghị của Trưởng thôn, Tổ trưởng tổ dân phố', null, nd86(7, 1), 'confirmed'),
  component('Danh sách tóm tắt hộ gia đình đủ tiêu chuẩn kèm kết quả lấy ý kiến', null, nd86(7, 1), 'confirmed'),
  component('Biên bản họp bình xét ở thôn, tổ dân phố', null, nd86(7, 1), 'confirmed'),
]

/** Thôn, tổ dân phố văn hóa (Nghị định 86/2023/NĐ-CP, Điều 7, khoản 2). */
export const THON_DOSSIER: DossierComponent[] = [
  component('Tờ trình đề nghị công nhận', 'Mẫu số 04, Nghị định 86/2023/NĐ-CP', nd86(7, 2), 'confirmed'),
  component('Báo cáo thành tích của thôn, tổ dân phố', 'Mẫu số 05, Nghị định 86/2023/NĐ-CP', nd86(7, 2), 'confirmed'),
  component('Biên bản họp bình xét', 'Mẫu số 06, Nghị định 86/2023/NĐ-CP', nd86(7, 2), 'confirmed'),
]

/** Party and mass-organisation tracks: each system's own guidance; no national form was read (law.md §2.5). */
export function ownRulesDossier(citation: string): DossierComponent[] {
  return [
    component('Tờ trình đề nghị khen thưởng kèm danh sách', null, citation, 'unconfirmed'),
    component('Báo cáo thành tích hoặc kết quả đánh giá, xếp loại', null, citation, 'unconfirmed'),
  ]
}
