// The content of a campaign plan (kế hoạch phát động thi đua): every section the seed plans hold,
// as structured data the system acts on (period, phases, milestones, deadlines, award forms,
// assignments, addressees) plus the narrative body as written, in order.
// Shared by the server (validation, storage as jsonb), the document renderer and the UI editor.
import { z } from 'zod'

const text = (label: string, max = 5000) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .max(max, `${label} tối đa ${max} ký tự`)
    .transform((s) => s.normalize('NFC').trim())
    .describe(label)

const isoDate = (label: string) => z.iso.date({ error: `${label} phải là ngày dạng YYYY-MM-DD` }).describe(label)
const localId = (label: string) => z.string().min(1).max(64).describe(label)

export const CAMPAIGN_KINDS = {
  regular: 'Thi đua thường xuyên (hằng năm)',
  phase: 'Thi đua theo đợt',
  thematic: 'Thi đua theo chuyên đề',
  ad_hoc: 'Thi đua đột xuất',
} as const
export type CampaignKind = keyof typeof CAMPAIGN_KINDS

/** An event whose date may be set later ("Đại hội Đảng bộ xã", "Đại hội XIV của Đảng"). */
export const planEvent = z.object({
  id: localId('Mã sự kiện'),
  name: text('Tên sự kiện', 500).pipe(z.string().min(1, 'Tên sự kiện là bắt buộc')),
  date: isoDate('Ngày diễn ra sự kiện').nullable(),
})

/** A date written absolutely, or relative to an event: "20 ngày sau Đại hội Đảng bộ xã" (seed 004). */
export const dateRef = z.union([
  z.object({ kind: z.literal('date'), date: isoDate('Ngày') }),
  z.object({
    kind: z.literal('event'),
    eventId: localId('Sự kiện'),
    offsetDays: z.number().int().min(-366).max(366).describe('Số ngày sau (+) hoặc trước (−) sự kiện'),
  }),
])

export const period = z.object({
  from: dateRef.nullable().describe('Từ ngày'),
  to: dateRef.nullable().describe('Đến ngày'),
  /** The period as the plan words it: "từ nay đến hết năm 2025". */
  asWritten: text('Thời gian (như văn bản)', 500).nullable(),
})

export const REVIEW_KINDS = { interim: 'Sơ kết', final: 'Tổng kết' } as const

export const phase = z.object({
  id: localId('Mã giai đoạn'),
  name: text('Tên giai đoạn', 300).pipe(z.string().min(1, 'Tên giai đoạn là bắt buộc')),
  from: isoDate('Giai đoạn từ ngày'),
  to: isoDate('Giai đoạn đến ngày'),
  /** Review milestone closing the phase (sơ kết / tổng kết), if any. */
  review: z
    .object({
      kind: z.enum(['interim', 'final']).describe('Loại'),
      due: dateRef.describe('Thời hạn'),
      /** The review as the plan words it: "Tổ chức sơ kết phong trào thi đua trong tháng 8/2025". */
      asWritten: text('Sơ kết, tổng kết (như văn bản)', 1000).nullable().optional(),
    })
    .nullable(),
  /** The phase line as the plan words it: "Đợt 1: Từ khi phát động (tháng 8/2024) đến tháng 7/2025" (seed 001). */
  asWritten: text('Giai đoạn (như văn bản)', 500).nullable().optional(),
  /** What the phase strives for, as written under the phase line. */
  goal: text('Nội dung thi đua của giai đoạn', 5000).nullable().optional(),
})

export const TARGET_KINDS = { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' } as const

export const targetGroup = z.object({
  id: localId('Mã nhóm đối tượng'),
  kind: z.enum(['collective', 'individual', 'household']).describe('Loại đối tượng'),
  name: text('Tên nhóm đối tượng', 1000).pipe(z.string().min(1, 'Tên nhóm đối tượng là bắt buộc')),
  /** The group's heading as written when it is not "Đối với <name>" ("Đề nghị Ủy ban Mặt trận …", seed 003). */
  heading: text('Tiêu đề nhóm (như văn bản)', 1000).nullable().optional(),
  /** The emulation criteria for this group (tiêu chí thi đua), one per line. */
  criteria: z.array(text('Tiêu chí', 3000)).max(100),
})

export const awardForm = z.object({
  id: localId('Mã hình thức'),
  /** Code in the award catalogue (law engine), when recognised, e.g. "BANG_KHEN_CHU_TICH_TINH". */
  catalogueCode: z.string().max(100).nullable().describe('Mã trong danh mục khen thưởng'),
  /** As written: "Bằng khen của Chủ tịch UBND tỉnh". */
  name: text('Hình thức khen thưởng', 500).pipe(z.string().min(1, 'Tên hình thức khen thưởng là bắt buộc')),
  /** Who confers it, as written: "Chủ tịch UBND tỉnh". */
  authority: text('Cấp khen', 300).nullable(),
  targetGroupIds: z.array(localId('Nhóm đối tượng')).max(50),
  /** At most this many (per unit or in total, as the plan says). */
  quota: text('Số lượng', 300).nullable(),
})

export const DEADLINE_KINDS = {
  registration: 'Đăng ký thi đua',
  report: 'Báo cáo',
  dossier: 'Hồ sơ đề nghị khen thưởng',
  answer: 'Xây dựng kế hoạch triển khai',
  other: 'Khác',
} as const

export const deadline = z.object({
  id: localId('Mã thời hạn'),
  kind: z.enum(['registration', 'report', 'dossier', 'answer', 'other']).describe('Loại thời hạn'),
  name: text('Nội dung thời hạn', 1000).pipe(z.string().min(1, 'Nội dung thời hạn là bắt buộc')),
  due: dateRef.describe('Thời hạn'),
  /** Who submits and to whom, as written. */
  note: text('Ghi chú', 1000).nullable(),
})

export const ceremony = z.object({
  /** Lễ phát động (seed 001): when and where, who attends, the programme, who signs pledges. */
  date: isoDate('Ngày tổ chức').nullable(),
  place: text('Địa điểm', 500).nullable(),
  attendees: z.array(z.object({ group: text('Thành phần', 1000), count: z.number().int().min(0).max(100000).nullable() })).max(100),
  programme: z.array(z.object({ title: text('Nội dung', 1000), speaker: text('Người thực hiện', 500).nullable() })).max(100),
  pledgeSigners: z.array(text('Đại diện ký cam kết', 500)).max(500),
})

export const assignment = z.object({
  /** The organization in tdkt, when it is one; else only the name as written. */
  organizationId: z.uuid().nullable().describe('Đơn vị trong hệ thống'),
  organizationName: text('Đơn vị được giao', 500).pipe(z.string().min(1, 'Tên đơn vị được giao là bắt buộc')),
  tasks: z.array(text('Nhiệm vụ', 5000)).max(100),
  /** The heading as written when it differs from the name ("Đề nghị Ban Xây dựng Đảng"). */
  heading: text('Tiêu đề (như văn bản)', 500).nullable().optional(),
  /** How the plan lays it out (default heading); see ASSIGNMENT_LAYOUTS. */
  layout: z.enum(['heading', 'inline', 'sentence']).optional().describe('Cách trình bày'),
  /** Marker of the tasks when there are several (default dash; a single task is a paragraph). */
  taskMarker: z.enum(['letter', 'dash', 'plus', 'number', 'none']).optional().describe('Dấu đầu dòng nhiệm vụ'),
})

/** How an assignment is printed: its own numbered heading with the tasks below, or one numbered line. */
export const ASSIGNMENT_LAYOUTS = {
  heading: 'Tên đơn vị làm tiêu đề, nhiệm vụ ở dưới',
  inline: 'Tên đơn vị và nhiệm vụ trên một dòng (Đơn vị: nhiệm vụ)',
  sentence: 'Nhiệm vụ viết tiếp sau tên đơn vị (Đơn vị phối hợp …)',
} as const

/** An outside document cited in the preamble, or a plan in tdkt. */
export const legalBasis = z.union([
  z.object({ kind: z.literal('campaign'), campaignId: z.uuid().describe('Kế hoạch trong hệ thống') }),
  z.object({
    kind: z.literal('document'),
    number: text('Số, ký hiệu', 100).pipe(z.string().min(1, 'Số, ký hiệu văn bản căn cứ là bắt buộc')),
    date: isoDate('Ngày ban hành').nullable(),
    issuer: text('Cơ quan ban hành', 300).nullable(),
    title: text('Trích yếu', 1000).nullable(),
  }),
])

/** Fields of the plan whose value the body can show where the plan shows them. */
export const FIELD_BLOCKS = ['theme', 'slogans', 'period', 'phases', 'targetGroups', 'criteria', 'awardForms', 'standards', 'dossier', 'deadlines', 'ceremony', 'assignments'] as const
export type FieldBlockName = (typeof FIELD_BLOCKS)[number]

/** Markers of list items as the seeds print them: letters a) b) … đ) (Vietnamese order), dashes, pluses, numbers. */
export const ITEM_MARKERS = ['letter', 'dash', 'plus', 'number', 'none'] as const

/** Parts of the ceremony a field block may show alone, when the plan gives each its own heading (seed 001). */
export const CEREMONY_PARTS = ['schedule', 'attendees', 'programme', 'pledges'] as const
export type CeremonyPart = (typeof CEREMONY_PARTS)[number]

export type BodyBlock =
  /** Level 2 (default) is numbered 1., 2., …; level 3 is numbered 1.1., 1.2., … under the last level-2 number. */
  | { type: 'heading'; text: string; level?: 2 | 3 }
  | { type: 'paragraph'; text: string }
  | { type: 'item'; marker: (typeof ITEM_MARKERS)[number]; text: string; children?: BodyBlock[] }
  | { type: 'field'; field: FieldBlockName; lead?: string | null; part?: CeremonyPart }

export const bodyBlock: z.ZodType<BodyBlock> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('heading'), text: text('Tiêu đề mục', 1000), level: z.union([z.literal(2), z.literal(3)]).optional() }),
    z.object({ type: z.literal('paragraph'), text: text('Đoạn văn', 20000) }),
    z.object({ type: z.literal('item'), marker: z.enum(ITEM_MARKERS), text: text('Ý', 20000), children: z.array(bodyBlock).max(200).optional() }),
    z.object({
      type: z.literal('field'),
      field: z.enum(FIELD_BLOCKS),
      lead: text('Lời dẫn', 2000).nullable().optional(),
      part: z.enum(CEREMONY_PARTS).optional().describe('Phần của lễ phát động'),
    }),
  ]),
)

/** A top-level section, numbered I, II, III… when rendered; headings inside it are numbered 1, 2, 3… */
export const planSection = z.object({
  title: text('Tên phần', 500).pipe(z.string().min(1, 'Tên phần là bắt buộc')),
  blocks: z.array(bodyBlock).max(500),
})

export const SIGNATURE_MODES = { TM: 'TM.', KT: 'KT.', Q: 'Q.', TL: 'TL.', TUQ: 'TUQ.', none: '' } as const

export const signer = z.object({
  /** TM. (on behalf of the collective), KT. (deputy for the head), Q. (acting)… (Decree 30, Appendix I). */
  mode: z.enum(['TM', 'KT', 'Q', 'TL', 'TUQ', 'none']).describe('Thẩm quyền ký'),
  /** The collective body for TM. ("ỦY BAN NHÂN DÂN", "ĐẢNG ỦY"), or the head's title for KT. ("CHỦ TỊCH"). */
  onBehalfOf: text('Ký thay mặt / ký thay', 200).nullable(),
  title: text('Chức vụ người ký', 200).pipe(z.string().min(1, 'Chức vụ người ký là bắt buộc')),
  name: text('Họ tên người ký', 200),
  personId: z.uuid().nullable().describe('Người ký trong hệ thống'),
})

export const planContent = z.object({
  kind: z.enum(['regular', 'phase', 'thematic', 'ad_hoc']).describe('Loại thi đua'),
  /** Header: governing body above the issuer ("UBND HUYỆN ĐỊNH HÓA", "ĐẢNG BỘ HUYỆN BÌNH SƠN"). */
  governingBody: text('Cơ quan chủ quản', 300).nullable(),
  /** Issuer as printed in the header ("ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH"). */
  issuerHeading: text('Tên cơ quan ban hành', 300).pipe(z.string().min(1, 'Tên cơ quan ban hành là bắt buộc')),
  /** "KH-UBND", "KH/ĐU" (without the number). */
  symbol: text('Ký hiệu', 50).pipe(z.string().regex(/^[A-ZĐ][A-Za-zĐđ0-9]*([-/][A-ZĐa-z0-9Đđ&]+)+$/, 'Ký hiệu không đúng dạng (ví dụ KH-UBND, KH/ĐU)')),
  place: text('Địa danh', 200).pipe(z.string().min(1, 'Địa danh là bắt buộc')),
  title: text('Trích yếu', 2000).pipe(z.string().min(1, 'Trích yếu là bắt buộc')),
  legalBases: z.array(legalBasis).max(50).describe('Căn cứ'),
  /** The opening paragraphs as written (context, "Thực hiện …", "UBND xã ban hành kế hoạch … như sau:"). */
  preamble: z.array(text('Đoạn mở đầu', 20000)).max(50).describe('Phần mở đầu'),
  theme: text('Chủ đề thi đua', 3000).nullable(),
  slogans: z.array(text('Khẩu hiệu', 1000)).max(50),
  events: z.array(planEvent).max(50),
  period: period,
  phases: z.array(phase).max(20),
  targetGroups: z.array(targetGroup).max(50),
  awardForms: z.array(awardForm).max(50),
  /** Award standards beyond the law ("không có cá nhân bị kỷ luật từ khiển trách trở lên", seed 004). */
  standards: z.array(text('Tiêu chuẩn khen thưởng', 3000)).max(50),
  dossier: z.object({
    items: z.array(text('Thành phần hồ sơ', 1000)).max(50),
    copies: z.number().int().min(1).max(20).nullable().describe('Số bộ'),
    submitTo: text('Nơi nhận hồ sơ', 500).nullable(),
  }),
  deadlines: z.array(deadline).max(100),
  ceremony: ceremony.nullable(),
  assignments: z.array(assignment).max(100),
  sections: z.array(planSection).max(30),
  /** The closing paragraph before the signature ("Trên đây là Kế hoạch …"). */
  closing: text('Đoạn kết', 5000).nullable(),
  recipients: z.array(text('Nơi nhận', 500)).max(100),
  signer: signer,
})

export type PlanContent = z.output<typeof planContent>
export type PlanEvent = z.output<typeof planEvent>
export type DateRef = z.output<typeof dateRef>

/** Resolves a date reference against the plan's events; null while the event has no date yet. */
export function resolveDateRef(ref: DateRef, events: readonly PlanEvent[]): string | null {
  if (ref.kind === 'date') return ref.date
  const event = events.find((e) => e.id === ref.eventId)
  if (!event?.date) return null
  const day = new Date(`${event.date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + ref.offsetDays)
  return day.toISOString().slice(0, 10)
}

/** An empty plan for an issuer, ready for the editor. */
export function emptyPlan(issuer: { heading: string; governingBody: string | null; place: string; symbol: string }): PlanContent {
  return {
    kind: 'phase',
    governingBody: issuer.governingBody,
    issuerHeading: issuer.heading,
    symbol: issuer.symbol,
    place: issuer.place,
    title: '',
    legalBases: [],
    preamble: [],
    theme: null,
    slogans: [],
    events: [],
    period: { from: null, to: null, asWritten: null },
    phases: [],
    targetGroups: [],
    awardForms: [],
    standards: [],
    dossier: { items: [], copies: null, submitTo: null },
    deadlines: [],
    ceremony: null,
    assignments: [],
    sections: [],
    closing: null,
    recipients: ['Lưu: VT'],
    signer: { mode: 'TM', onBehalfOf: null, title: 'CHỦ TỊCH', name: '', personId: null },
  }
}
