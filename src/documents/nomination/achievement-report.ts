// The achievement report (báo cáo thành tích) of one nominee on the decree's form for its kind of subject
// (law.md §5.2, §5.3 ⚠️: the outline follows the Hà Nội 2025 form and the ND 91/98 structure; fields the
// system does not hold are left as dots to fill in): the individual's short CV, the collective's profile or
// the household's details; the achievements; the titles and forms already received, as tables; the
// certification of the proposing level. Under the simplified procedure it is the short report.
import type { Block, DocumentModel } from '../document-model.ts'
import type { DossierEntry, NominationDossierData, PriorAward } from './dossier-data.ts'
import { dmy, field, heading, italic, paragraph, paragraphsOf, unitHeader } from './parts.ts'

const SEX = { nam: 'Nam', nu: 'Nữ' } as const

function profile(e: DossierEntry): Block[] {
  const s = e.subject
  switch (s.kind) {
    case 'individual':
      return [
        heading('I. SƠ LƯỢC LÝ LỊCH'),
        field('Họ và tên (viết đầy đủ, không viết tắt)', s.name),
        field('Ngày, tháng, năm sinh', s.birthDate && dmy(s.birthDate)),
        field('Giới tính', s.sex && SEX[s.sex]),
        field('Quê quán', null),
        field('Trú quán', null),
        field('Đơn vị công tác', s.unitName),
        field('Chức vụ (Đảng, chính quyền, đoàn thể)', s.position),
        field('Trình độ chuyên môn, nghiệp vụ', null),
        field('Học hàm, học vị, danh hiệu, giải thưởng', null),
      ]
    case 'collective':
      return [
        heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
        field('Tên tập thể', s.name),
        field('Địa chỉ trụ sở', s.address),
        field('Đơn vị cấp trên trực tiếp', s.parentName),
        field('Tổng số cán bộ, công chức, viên chức, người lao động', s.memberCount),
        field('Tổ chức Đảng, đoàn thể', null),
        field('Chức năng, nhiệm vụ được giao', null),
      ]
    case 'household':
      return [
        heading('I. THÔNG TIN HỘ GIA ĐÌNH'),
        field('Chủ hộ', s.headName),
        field('Địa chỉ', s.address),
        field('Thôn, xóm, tổ dân phố', s.parentName),
        field('Số nhân khẩu', s.memberCount),
      ]
  }
}

function awardTable(title: string, kindHeader: string, decisionHeader: string, awards: readonly PriorAward[]): Block[] {
  return [
    heading(title, 2),
    awards.length === 0
      ? paragraph('Chưa có.')
      : { type: 'table', rows: [['Năm', kindHeader, decisionHeader], ...awards.map((a) => [String(a.year), a.name, a.decision])], widths: [12, 38, 50] },
  ]
}

const SIGNER = { individual: 'NGƯỜI BÁO CÁO THÀNH TÍCH', collective: 'THỦ TRƯỞNG ĐƠN VỊ', household: 'CHỦ HỘ' } as const

export function achievementReport(data: NominationDossierData, e: DossierEntry): DocumentModel {
  const s = e.subject
  const tasks = s.kind === 'individual' ? `${s.position ?? 'Chức vụ'} tại ${s.unitName}.` : null
  return {
    header: unitHeader(data.unit, 'BC', null, data.date),
    documentType: e.simplifiedCase ? 'BÁO CÁO TÓM TẮT THÀNH TÍCH' : 'BÁO CÁO THÀNH TÍCH',
    title: `Đề nghị tặng ${e.targetName}`,
    body: [
      ...(e.reportForm ? [italic(`(${e.reportForm})`)] : []),
      ...(e.simplifiedCase ? [italic(`(Thủ tục đơn giản — ${e.simplifiedCase})`)] : []),
      ...profile(e),
      heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      ...(tasks ? [heading('1. Quyền hạn, nhiệm vụ được giao', 2), paragraph(tasks), heading('2. Thành tích đạt được', 2)] : []),
      ...paragraphsOf(e.achievement),
      heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      ...awardTable('1. Danh hiệu thi đua', 'Danh hiệu thi đua', 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định', e.priorTitles),
      ...awardTable('2. Hình thức khen thưởng', 'Hình thức khen thưởng', 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định', e.priorForms),
      heading(`XÁC NHẬN CỦA ${data.unit.formalName.toLocaleUpperCase('vi')} (CẤP TRÌNH KHEN)`),
      italic('(Ký, ghi rõ họ tên, đóng dấu)'),
    ],
    recipients: [],
    signature: { authorityLines: [], title: SIGNER[s.kind], name: s.kind === 'household' ? (s.headName ?? '') : s.kind === 'individual' ? s.name : '' },
  }
}
