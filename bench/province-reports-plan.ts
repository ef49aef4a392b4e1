// What the units of the synthetic province register and report, drawn from one seeded PRNG (same seed, same
// paperwork): under each provincial plan, every unit of a commune registers (đăng ký thi đua) under its commune's
// answering plan; under the first plan it also reports on the sơ kết of Đợt 1; the commune itself consolidates its
// units' registrations and sends its own sơ kết to the province. Each item says how far it went (a realistic mix:
// most approved or accepted, some waiting, returned with the reason, left as a draft, or never sent). Pure: the
// writers (bench/province-reports-bulk.ts, bench/province-reports-use-cases.ts) turn the items into rows.
import type { OrganizationKind } from '../src/shared/organizations.ts'
import type { RegistrationTarget } from '../src/shared/registrations.ts'
import type { ReportContent, ReportResult } from '../src/shared/reports.ts'
import { Rng } from '../src/server/demo/demo-random.ts'

/** The criteria of the provincial plans' collectives (target group 'tap-the', keys tap-the#0 …), copied into the answering plans. */
export const PLAN_CRITERIA = [
  'Hoàn thành xuất sắc nhiệm vụ chính trị được giao',
  'Giảm nghèo bền vững, không phát sinh hộ nghèo mới',
  'Xây dựng nông thôn mới, đường giao thông nông thôn',
  'Đẩy mạnh chuyển đổi số, cải cách hành chính',
]
/** The criterion of the communes themselves (target group 'xa'). */
export const COMMUNE_CRITERION = 'Hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội năm'
/** The phase whose sơ kết the units report on. */
export const REPORT_PERIOD = 'dot-1'

export interface Unit {
  id: string
  name: string
  kind: OrganizationKind
  parentId: string | null
  /** Index of its commune in the province's communes. */
  commune: number
}

export type RegistrationOutcome = 'draft' | 'submitted' | 'returned' | 'approved'
export type ReportOutcome = 'draft' | 'submitted' | 'returned' | 'accepted'

export interface RegistrationItem {
  commune: number
  organizationId: string
  campaignId: string
  year: number
  targets: RegistrationTarget[]
  commitments: string[]
  outcome: RegistrationOutcome
  /** Why it was returned. */
  reason: string | null
}

export interface ReportItem {
  commune: number
  organizationId: string
  campaignId: string
  periodId: string
  /** null: a draft nobody filled in yet. */
  content: ReportContent | null
  outcome: ReportOutcome
  reason: string | null
}

/** A commune's own paperwork toward the province: its consolidated registration and its sơ kết report. */
export interface CommuneItem {
  commune: number
  /** How far its consolidated registration went (null: not consolidated). */
  consolidation: RegistrationOutcome | null
  report: ReportItem | null
}

export interface Paperwork {
  registrations: RegistrationItem[]
  reports: ReportItem[]
  communes: CommuneItem[]
}

/** One provincial plan: its id and, per commune (in the province's order), the commune's answering plan and that plan's year. */
export interface PlanAnswers {
  id: string
  answers: { id: string; year: number }[]
}

const REGISTRATION_OUTCOMES = [['approved', 72], ['submitted', 10], ['returned', 4], ['draft', 4], [null, 10]] as const
const REPORT_OUTCOMES = [['accepted', 62], ['submitted', 13], ['returned', 5], ['draft', 5], [null, 15]] as const
const COMMUNE_REPORT_OUTCOMES = [['accepted', 30], ['submitted', 30], ['draft', 10], [null, 30]] as const
const CONSOLIDATION_OUTCOMES = [['approved', 50], ['submitted', 25], ['draft', 15], [null, 10]] as const

const RETURN_REASONS = [
  'Đề nghị bổ sung chỉ tiêu Lao động tiên tiến cho cán bộ, công chức và cam kết cụ thể về chuyển đổi số.',
  'Số liệu «trong đó» chưa khớp với biểu tổng hợp của đơn vị; đề nghị rà soát, gửi lại.',
  'Đề nghị nêu rõ mô hình, điển hình tiên tiến và kèm minh chứng.',
]
const COMMITMENTS = [
  'Hoàn thành 100% chỉ tiêu, nhiệm vụ được giao trong năm',
  'Không có cán bộ, công chức, viên chức vi phạm kỷ luật',
  '100% hồ sơ thủ tục hành chính được giải quyết đúng hạn',
  'Giữ vững danh hiệu văn hóa; 95% hộ gia đình đạt Gia đình văn hóa',
  'Không phát sinh hộ nghèo mới; hoàn thành đường giao thông nội thôn',
  'Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý',
]
const STATE_KINDS: readonly OrganizationKind[] = ['peoples_committee', 'peoples_council', 'department', 'public_service', 'armed_force', 'fatherland_front', 'mass_organization']

const unitTarget = (code: string): RegistrationTarget => ({ code, scope: 'unit', count: 1, people: [] })
const membersTarget = (code: string, count: number): RegistrationTarget => ({ code, scope: 'members', count, people: [] })

/** What a unit registers for, by the kind of unit (each title fits whom it is for: registration-input.ts). */
function registrationTargets(rng: Rng, unit: Unit): RegistrationTarget[] {
  if (unit.kind === 'village') return [unitTarget('THON_VAN_HOA')]
  if (unit.kind === 'party_committee' || unit.kind === 'party_cell') return [unitTarget('TO_CHUC_DANG_HTXSNV'), membersTarget('DANG_VIEN_HTXSNV', rng.int(2, 20))]
  if (unit.kind === 'enterprise') return [unitTarget('GIAY_KHEN_CHU_TICH_XA'), membersTarget('LDTT', rng.int(5, 40))]
  const targets = [unitTarget(rng.chance(0.2) ? 'TTLDXS' : 'TTLDTT'), membersTarget('LDTT', rng.int(2, 30))]
  if (rng.chance(0.5)) targets.push(membersTarget('CSTDCS', rng.int(1, 3)))
  return targets
}

const result = (criterionKey: string | null, criterion: string, measure: string | null, value: number | null, parts: [string, number][] = [], text: string | null = null): ReportResult =>
  ({ criterionKey, criterion, measure, value, parts: parts.map(([label, v]) => ({ label, value: v })), text })

/** A unit's sơ kết: results against the plan's criteria (figures with their «trong đó» parts, text), its narrative, now and then a model or an initiative. */
function reportContent(rng: Rng, unit: Unit, communeLevel = false): ReportContent {
  const results: ReportResult[] = []
  if (communeLevel) results.push(result('xa#0', COMMUNE_CRITERION, null, null, [], `${unit.name} hoàn thành ${rng.int(14, 18)}/18 chỉ tiêu kinh tế - xã hội 6 tháng đầu năm.`))
  results.push(result('tap-the#0', PLAN_CRITERIA[0]!, null, null, [], `Hoàn thành ${rng.int(85, 100)}% kế hoạch 6 tháng đầu năm.`))
  if (unit.kind === 'village' || communeLevel) {
    const lifted = rng.int(0, 8)
    results.push(result('tap-the#1', PLAN_CRITERIA[1]!, 'số hộ thoát nghèo', lifted, [['hộ có người cao tuổi', rng.int(0, lifted)]]))
    const road = rng.int(0, 60) * 20
    results.push(result('tap-the#2', PLAN_CRITERIA[2]!, 'mét đường bê tông', road, [['nhân dân hiến đất, đóng góp', Math.round(road * rng.float())]]))
  }
  if (STATE_KINDS.includes(unit.kind) || communeLevel) {
    const records = rng.int(10, 500)
    results.push(result('tap-the#3', PLAN_CRITERIA[3]!, 'số hồ sơ được số hóa', records, [['hồ sơ trực tuyến toàn trình', rng.int(0, records)]]))
  }
  if (rng.chance(0.3)) results.push(result(null, 'Tin bài tuyên truyền về phong trào thi đua', 'số tin bài', rng.int(1, 40)))
  return {
    results,
    sections: {
      results: `${unit.name} quán triệt Kế hoạch đến 100% cán bộ, đảng viên và nhân dân; phát động, đăng ký thi đua, tạo khí thế thi đua sôi nổi.`,
      shortcomings: rng.chance(0.6) ? 'Một số chỉ tiêu đạt thấp; nguồn lực xã hội hóa còn hạn chế.' : null,
      lessons: null,
      direction: 'Tiếp tục đẩy mạnh phong trào thi đua, phấn đấu hoàn thành vượt mức các chỉ tiêu năm.',
    },
    models: rng.chance(0.15) ? [`Mô hình «Dân vận khéo» của ${unit.name}`] : [],
    initiatives: rng.chance(0.1) ? [`Cách làm hay trong cải cách hành chính của ${unit.name}`] : [],
  }
}

function reportItem(rng: Rng, unit: Unit, campaignId: string, outcome: ReportOutcome, communeLevel = false): ReportItem {
  const content = outcome === 'draft' && rng.chance(0.5) ? null : reportContent(rng, unit, communeLevel)
  return { commune: unit.commune, organizationId: unit.id, campaignId, periodId: REPORT_PERIOD, content, outcome, reason: outcome === 'returned' ? rng.pick(RETURN_REASONS) : null }
}

/**
 * The paperwork of the province: `units` are the organizations under the communes (in a fixed order), `communes`
 * the communes themselves; registrations under every plan, reports and the communes' own items under the first.
 */
export function planPaperwork(seed: number, communes: readonly Unit[], units: readonly Unit[], plans: readonly PlanAnswers[]): Paperwork {
  const rng = new Rng(seed)
  const registrations: RegistrationItem[] = []
  const reports: ReportItem[] = []
  plans.forEach((plan, p) => {
    for (const unit of units) {
      const answer = plan.answers[unit.commune]!
      const outcome = rng.weighted(REGISTRATION_OUTCOMES)
      if (outcome) {
        const commitments = [...new Set([rng.pick(COMMITMENTS), rng.pick(COMMITMENTS)])]
        registrations.push({
          commune: unit.commune, organizationId: unit.id, campaignId: answer.id, year: answer.year, targets: registrationTargets(rng, unit), commitments, outcome,
          reason: outcome === 'returned' ? rng.pick(RETURN_REASONS) : null,
        })
      }
      if (p > 0) continue
      const reported = rng.weighted(REPORT_OUTCOMES)
      if (reported) reports.push(reportItem(rng, unit, answer.id, reported))
    }
  })
  const first = plans[0]!
  const communeItems = communes.map((commune): CommuneItem => {
    const reported = rng.weighted(COMMUNE_REPORT_OUTCOMES)
    return { commune: commune.commune, consolidation: rng.weighted(CONSOLIDATION_OUTCOMES), report: reported ? reportItem(rng, commune, first.id, reported, true) : null }
  })
  return { registrations, reports, communes: communeItems }
}
