// A parsed document as a short Vietnamese summary for the terminal (tdkt parse FILE without --json).

import type { ParsedDocument } from './types.ts'

const TYPE_NAMES: Record<string, string> = {
  ke_hoach: 'Kế hoạch', quyet_dinh: 'Quyết định', to_trinh: 'Tờ trình', bao_cao: 'Báo cáo', huong_dan: 'Hướng dẫn', other: 'Văn bản khác',
}

function dateVi(iso: string | null): string {
  if (!iso) return '…'
  const [y, m, d] = iso.split('-')
  return [d, m, y].filter(Boolean).join('/')
}

function list(label: string, items: string[]): string[] {
  return items.length ? [`${label}:`, ...items.map((i) => `  - ${i}`)] : []
}

export function formatSummary(doc: ParsedDocument): string {
  const numberSymbol = doc.symbol ? `${doc.number ?? '…'}/${doc.symbol}` : null
  const lines = [
    `Loại văn bản: ${TYPE_NAMES[doc.doc_type]}`,
    numberSymbol && `Số, ký hiệu: ${numberSymbol}`,
    doc.issuer && `Cơ quan ban hành: ${doc.issuer}`,
    (doc.place || doc.date) && `Địa danh, ngày: ${doc.place ?? '…'}, ${dateVi(doc.date)}`,
    doc.title && `Trích yếu: ${doc.title}`,
    doc.legal_bases.length ? `Căn cứ: ${doc.legal_bases.join('; ')}` : null,
    doc.theme && `Chủ đề: ${doc.theme}`,
    ...list('Khẩu hiệu', doc.slogans),
    doc.period && `Thời gian: ${doc.period.as_written ?? `${dateVi(doc.period.from)} – ${dateVi(doc.period.to)}`}`,
    ...list('Các đợt', doc.phases.map((p) => `${p.name}: ${dateVi(p.from)} – ${dateVi(p.to)}`)),
    ...list('Đối tượng', doc.target_groups),
    ...list('Hình thức khen thưởng', doc.award_forms),
    ...list('Hồ sơ', doc.dossier_items),
    ...list('Thời hạn', doc.deadlines),
    ...list('Phân công', doc.assignments),
    ...list('Khen thưởng', doc.awardees.map((a) => [a.name, a.position, a.organization].filter(Boolean).join(', '))),
    ...list('Nơi nhận', doc.recipients),
    (doc.signer_title || doc.signer_name) && `Người ký: ${[doc.signer_title, doc.signer_name].filter(Boolean).join(' – ')}`,
  ]
  return lines.filter((l): l is string => !!l).join('\n')
}
