// The dossier (hồ sơ) of a nomination: its parts, which of them tdkt generates from the data, and whether
// it is complete — every component the campaign asks for (its "hồ sơ" section) and every component the law
// asks for the title or form (the catalogue, law.md §5.1), or, under the simplified procedure, the
// proposal and the short report only (Luật TĐKT 2022, Điều 85). Pure; shared by the server and the UI.

export const DOSSIER_PARTS = {
  'to-trinh': 'Tờ trình đề nghị khen thưởng kèm danh sách',
  'bao-cao-thanh-tich': 'Báo cáo thành tích',
  'bang-tom-tat': 'Bảng tóm tắt thành tích',
  'bien-ban': 'Biên bản họp xét đề nghị khen thưởng',
  'xac-nhan': 'Văn bản xác nhận, công nhận (sáng kiến, thành tích, kết quả xếp loại…)',
  khac: 'Tài liệu khác',
} as const
export type DossierPart = keyof typeof DOSSIER_PARTS
export const DOSSIER_PART_KEYS = Object.keys(DOSSIER_PARTS) as [DossierPart, ...DossierPart[]]

/** Parts written from the data as Decree 30 documents; the others can only be uploaded. */
export const GENERATED_PARTS = ['to-trinh', 'bao-cao-thanh-tich', 'bang-tom-tat', 'bien-ban'] as const satisfies readonly DossierPart[]
export type GeneratedPart = (typeof GENERATED_PARTS)[number]
const isGenerated = (part: DossierPart): part is GeneratedPart => (GENERATED_PARTS as readonly string[]).includes(part)

export const SIMPLIFIED_CITATION = 'Luật TĐKT 2022, Điều 85; Nghị định 98/2023/NĐ-CP, Điều 40'

/** The five cases in which the simplified procedure applies (law.md §4.5). */
export const SIMPLIFIED_CASES = {
  1: 'Kịp thời động viên, khích lệ phục vụ nhiệm vụ chính trị của Đảng, Nhà nước',
  2: 'Thành tích đột xuất, đặc biệt xuất sắc; hành động dũng cảm cứu người, cứu tài sản; đạt giải khu vực, thế giới',
  3: 'Thành tích do người đứng đầu cơ quan, tổ chức, đơn vị phát hiện',
  4: 'Khen thưởng quá trình cống hiến, theo niên hạn, khen thưởng đối ngoại',
  5: 'Thành tích có nội dung thuộc bí mật nhà nước',
} as const
export type SimplifiedCase = keyof typeof SIMPLIFIED_CASES
const SIMPLIFIED_COMPONENTS = [
  { name: 'Tờ trình đề nghị khen thưởng', form: null, citation: SIMPLIFIED_CITATION },
  { name: 'Báo cáo tóm tắt thành tích, có xác nhận của cấp trình khen', form: null, citation: SIMPLIFIED_CITATION },
]

const folded = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase()

/** Which part a component named in words fulfils ("Biểu tóm tắt thành tích của tập thể, cá nhân" → bang-tom-tat). */
export function partOf(component: string): DossierPart {
  const text = folded(component)
  if (/\bto trinh\b|\bvan ban de nghi\b/.test(text)) return 'to-trinh'
  if (/\bbao cao\b/.test(text)) return 'bao-cao-thanh-tich'
  if (/\bbien ban\b/.test(text)) return 'bien-ban'
  if (/\btom tat\b/.test(text)) return 'bang-tom-tat'
  if (/\b(xac nhan|cong nhan|chung nhan)\b/.test(text)) return 'xac-nhan'
  return 'khac'
}

export interface DossierRequirement {
  /** Who asks for it: the campaign's dossier section, the law for this title or form, or the simplified procedure. */
  source: 'campaign' | 'catalogue' | 'simplified'
  name: string
  form: string | null
  citation: string | null
  part: DossierPart
  /** How it is met: generated from the data, by an uploaded file, or not yet (null). */
  metBy: 'generated' | 'upload' | null
  /** What is missing, in Vietnamese, while it is not met. */
  problem: string | null
}

export interface CompletenessInput {
  simplified: boolean
  /** The campaign's dossier items, as written (none outside a campaign). */
  campaignItems: readonly string[]
  /** The catalogue's components for the title or form, subject kind and commendation kind on the decision date. */
  catalogue: readonly { name: string; form: string | null; citation: string }[]
  /** Why a generated part cannot be written yet; a part left out can be. */
  generatedProblems: Partial<Record<GeneratedPart, string>>
  /** Parts for which a file was uploaded. */
  uploadedParts: readonly DossierPart[]
}

export interface Completeness {
  complete: boolean
  requirements: DossierRequirement[]
  missing: DossierRequirement[]
}

export function dossierCompleteness(input: CompletenessInput): Completeness {
  const uploaded = new Set(input.uploadedParts)
  const requirement = (source: DossierRequirement['source'], name: string, form: string | null, citation: string | null): DossierRequirement => {
    const part = partOf(name)
    if (uploaded.has(part)) return { source, name, form, citation, part, metBy: 'upload', problem: null }
    if (isGenerated(part)) {
      const problem = input.generatedProblems[part]
      return problem === undefined ? { source, name, form, citation, part, metBy: 'generated', problem: null } : { source, name, form, citation, part, metBy: null, problem: `${name}: ${problem}` }
    }
    return { source, name, form, citation, part, metBy: null, problem: `${name}: chưa có tệp đính kèm` }
  }
  const requirements = input.simplified
    ? SIMPLIFIED_COMPONENTS.map((c) => requirement('simplified', c.name, c.form, c.citation))
    : [
        ...input.campaignItems.map((item) => requirement('campaign', item, null, null)),
        ...input.catalogue.map((c) => requirement('catalogue', c.name, c.form, c.citation)),
      ]
  const missing = requirements.filter((r) => r.metBy === null)
  return { complete: missing.length === 0, requirements, missing }
}
