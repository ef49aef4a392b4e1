// The opening of a plan whose preamble was not written: "Thực hiện Chỉ thị số 39/CT-TTg ngày
// 15/10/2024 của Thủ tướng Chính phủ về …; Kế hoạch số 213/KH-UBND …" from its legal bases.
import type { PlanContent } from '../../shared/campaign-plan.ts'
import { formatShortDate } from './dates.ts'

/** Document types by the abbreviation in their symbol (Decree 30 Appendix III; Party usage for KL). */
const DOCUMENT_TYPES = new Map<string, string>([
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['CTr', 'Chương trình'],
  ['KH', 'Kế hoạch'],
  ['KL', 'Kết luận'],
  ['ĐA', 'Đề án'],
  ['BC', 'Báo cáo'],
  ['TTr', 'Tờ trình'],
])

/** "Chỉ thị" for "39/CT-TTg" and "35-CT/TW"; "Văn bản" when the symbol names no known type. */
function documentType(number: string): string {
  for (const part of number.split(/[/-]/)) {
    const type = DOCUMENT_TYPES.get(part)
    if (type !== undefined) return type
  }
  return 'Văn bản'
}

type LegalBasis = PlanContent['legalBases'][number]

function citation(basis: Extract<LegalBasis, { kind: 'document' }>): string {
  return [
    `${documentType(basis.number)} số ${basis.number}`,
    basis.date === null ? null : `ngày ${formatShortDate(basis.date)}`,
    basis.issuer === null ? null : `của ${basis.issuer}`,
    basis.title,
  ]
    .filter((part) => part !== null && part !== '')
    .join(' ')
}

/**
 * The preamble as written, or one "Thực hiện …" paragraph citing the documents among the legal
 * bases (a plan in tdkt is cited by the caller, who knows its number). Empty without either.
 */
export function preambleParagraphs(content: Pick<PlanContent, 'preamble' | 'legalBases'>): string[] {
  if (content.preamble.length > 0) return content.preamble
  const citations = content.legalBases.flatMap((basis) => (basis.kind === 'document' ? [citation(basis)] : []))
  return citations.length === 0 ? [] : [`Thực hiện ${citations.join('; ')}.`]
}
