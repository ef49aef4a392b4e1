// The registration (BẢN ĐĂNG KÝ THI ĐUA) of a unit and the pledge (BẢN GIAO ƯỚC THI ĐUA) between the members
// of an emulation cluster, as Decree 30 documents. Plain data in, a DocumentModel out; the server gathers the data.
import type { DocumentModel } from '../document-model.ts'
import type { DossierUnit } from '../nomination/index.ts'
import { heading, item, paragraph } from '../nomination/parts.ts'

export interface RegisteredTarget {
  /** "Tập thể lao động tiên tiến". */
  name: string
  scope: 'unit' | 'members'
  count: number
  people: string[]
}

export interface RegistrationDocumentData {
  unit: DossierUnit
  /** The level it is sent to: "Ủy ban nhân dân xã Bình Thành" (null at the top). */
  recipient: string | null
  year: number
  /** "Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thái Nguyên" when it answers a campaign. */
  campaign: string | null
  /** The totals of the units under it rather than its own registration. */
  consolidated: boolean
  /** The day it was sent (null while a draft). */
  date: string | null
  targets: RegisteredTarget[]
  commitments: string[]
}

export const TARGETS_HEADER = ['STT', 'Danh hiệu, hình thức', 'Đăng ký cho', 'Số lượng', 'Cá nhân đăng ký']

const forWhom = (t: RegisteredTarget, consolidated: boolean) => (t.scope === 'unit' ? (consolidated ? 'Tập thể' : 'Tập thể đơn vị') : 'Cá nhân')

function subject(data: Pick<RegistrationDocumentData, 'year' | 'campaign'>): string {
  return data.campaign ? `thực hiện ${data.campaign}` : `năm ${data.year}`
}

export function registrationDocument(data: RegistrationDocumentData): DocumentModel {
  const rows = data.targets.map((t, i) => [String(i + 1), t.name, forWhom(t, data.consolidated), String(t.count), t.people.join(', ')])
  return {
    header: { track: data.unit.track, governingBody: data.unit.governingBody, issuer: data.unit.heading, number: null, symbol: data.unit.track === 'party' ? `ĐK/${data.unit.symbolTail}` : `ĐK-${data.unit.symbolTail}`, place: data.unit.place, date: data.date },
    documentType: 'BẢN ĐĂNG KÝ THI ĐUA',
    title: `${data.consolidated ? 'Tổng hợp đăng ký thi đua' : 'Đăng ký thi đua'} ${subject(data)}`,
    draft: data.date === null,
    body: [
      ...(data.recipient ? [paragraph({ text: 'Kính gửi: ', bold: true }, `${data.recipient}.`)] : []),
      paragraph(
        data.consolidated
          ? `${data.unit.formalName} tổng hợp đăng ký thi đua ${subject(data)} của các đơn vị trực thuộc như sau:`
          : `Căn cứ chức năng, nhiệm vụ được giao, ${data.unit.formalName} đăng ký thi đua ${subject(data)} như sau:`,
      ),
      heading('I. DANH HIỆU, HÌNH THỨC ĐĂNG KÝ'),
      rows.length > 0 ? { type: 'table', rows: [TARGETS_HEADER, ...rows], widths: [8, 34, 18, 12, 28] } : paragraph('(Chưa đăng ký danh hiệu, hình thức nào.)'),
      heading('II. NỘI DUNG CAM KẾT'),
      ...(data.commitments.length > 0 ? data.commitments.map((c, i) => ({ type: 'item' as const, marker: `${i + 1}.`, runs: [c] })) : [paragraph('(Không có nội dung cam kết.)')]),
      paragraph(`${data.unit.formalName} cam kết thực hiện đầy đủ các nội dung đã đăng ký./.`),
    ],
    recipients: [...(data.recipient ? [data.recipient] : []), 'Lưu: VT'],
    signature: data.unit.signature,
  }
}

export interface PledgeMember {
  name: string
  isLeader: boolean
  /** The head who signs for the unit: "Hiệu trưởng" / "Nguyễn Văn A" (empty when not known). */
  signerTitle: string
  signerName: string
  commitments: string[]
}

export interface PledgeData {
  /** The cluster's leading unit heads the document and signs first. */
  leader: DossierUnit
  clusterName: string
  year: number
  campaign: string | null
  date: string | null
  members: PledgeMember[]
}

export const SIGNATURES_HEADER = ['STT', 'Đơn vị', 'Thủ trưởng đơn vị', 'Ký tên']

export function pledgeDocument(data: PledgeData): DocumentModel {
  return {
    header: { track: data.leader.track, governingBody: data.leader.governingBody, issuer: data.leader.heading, number: null, symbol: data.leader.track === 'party' ? `GƯ/${data.leader.symbolTail}` : `GƯ-${data.leader.symbolTail}`, place: data.leader.place, date: data.date },
    documentType: 'BẢN GIAO ƯỚC THI ĐUA',
    title: `Giao ước thi đua ${subject(data)} của ${data.clusterName}`,
    body: [
      paragraph(`Các đơn vị thành viên ${data.clusterName} cùng giao ước thi đua ${subject(data)}, gồm:`),
      ...data.members.map((m) => item(`${m.name}${m.isLeader ? ' (Cụm trưởng)' : ''}`)),
      heading('NỘI DUNG GIAO ƯỚC'),
      ...data.members.flatMap((m, i) => [
        heading(`${i + 1}. ${m.name}`, 2),
        ...(m.commitments.length > 0 ? m.commitments.map((c) => item(c)) : [paragraph('(Chưa có nội dung cam kết.)')]),
      ]),
      paragraph('Các đơn vị thành viên cam kết thực hiện nghiêm túc các nội dung đã giao ước, thường xuyên trao đổi, kiểm tra, đánh giá lẫn nhau./.'),
      heading('CHỮ KÝ CỦA CÁC ĐƠN VỊ THÀNH VIÊN'),
      { type: 'table', rows: [SIGNATURES_HEADER, ...data.members.map((m, i) => [String(i + 1), m.name, [m.signerTitle, m.signerName].filter(Boolean).join(': '), ''])], widths: [8, 36, 36, 20] },
    ],
    recipients: [...data.members.map((m) => m.name), 'Lưu: VT'],
    signature: data.leader.signature,
  }
}
