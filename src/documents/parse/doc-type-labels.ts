// Vietnamese names of the document types the parser recognises (for the import page and tdkt import).
import type { DocType } from './types.ts'

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  ke_hoach: 'Kế hoạch',
  quyet_dinh: 'Quyết định',
  to_trinh: 'Tờ trình',
  bao_cao: 'Báo cáo',
  huong_dan: 'Hướng dẫn',
  other: 'Văn bản khác',
}
