// Vietnamese labels: tag colours for plan statuses, answer statuses and calendar entries, and the
// names of the plan's field blocks, ceremony parts and list markers in the editor.
import { ITEM_MARKERS, type CeremonyPart, type FieldBlockName } from '../../../shared/campaign-plan.ts'
import type { AnswerStatus, CalendarKind, CampaignStatus } from '../../types.ts'

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, { label: string; color: string }> = {
  draft: { label: 'Dự thảo', color: 'default' },
  issued: { label: 'Đã ban hành', color: 'blue' },
  running: { label: 'Đang triển khai', color: 'green' },
  reviewed: { label: 'Đã sơ kết', color: 'gold' },
  closed: { label: 'Đã tổng kết', color: 'purple' },
}

export const ANSWER_STATUS_LABELS: Record<AnswerStatus, { label: string; color: string }> = {
  answered: { label: 'Đã ban hành kế hoạch', color: 'green' },
  draft: { label: 'Đang dự thảo', color: 'blue' },
  not_started: { label: 'Chưa xây dựng', color: 'default' },
  late: { label: 'Quá hạn', color: 'red' },
}

export const CALENDAR_KIND_LABELS: Record<CalendarKind, { label: string; color: string }> = {
  phase_start: { label: 'Bắt đầu giai đoạn', color: 'green' },
  phase_end: { label: 'Kết thúc giai đoạn', color: 'cyan' },
  review: { label: 'Sơ kết, tổng kết', color: 'purple' },
  deadline: { label: 'Thời hạn', color: 'orange' },
  event: { label: 'Sự kiện', color: 'blue' },
  ceremony: { label: 'Lễ phát động', color: 'magenta' },
  answer_due: { label: 'Hạn xây dựng kế hoạch', color: 'gold' },
}

export const FIELD_BLOCK_LABELS: Record<FieldBlockName, string> = {
  theme: 'Chủ đề thi đua',
  slogans: 'Khẩu hiệu',
  period: 'Thời gian thực hiện',
  phases: 'Các giai đoạn',
  targetGroups: 'Đối tượng thi đua',
  criteria: 'Tiêu chí thi đua',
  awardForms: 'Hình thức khen thưởng',
  standards: 'Tiêu chuẩn khen thưởng',
  dossier: 'Hồ sơ đề nghị khen thưởng',
  deadlines: 'Thời hạn',
  ceremony: 'Lễ phát động',
  assignments: 'Phân công',
}

export const CEREMONY_PART_LABELS: Record<CeremonyPart, string> = {
  schedule: 'Thời gian, địa điểm',
  attendees: 'Thành phần tham dự',
  programme: 'Chương trình',
  pledges: 'Ký cam kết',
}

const MARKER_LABELS: Record<(typeof ITEM_MARKERS)[number], string> = { letter: 'a) b) c)', dash: '-', plus: '+', number: '1. 2. 3.', none: 'Không' }
export const MARKER_OPTIONS = ITEM_MARKERS.map((value) => ({ value, label: MARKER_LABELS[value] }))
