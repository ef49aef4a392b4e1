// The editor's sections and which one holds a field, so a problem ("content.phases.1.to")
// can open the tab that shows it.
import type { PlanContent } from '../../../shared/campaign-plan.ts'

export const PLAN_TABS = [
  { key: 'general', label: 'Thông tin chung', fields: ['issuerId', 'parentIds', 'addresseeIds', 'kind', 'governingBody', 'issuerHeading', 'symbol', 'place', 'title'] },
  { key: 'bases', label: 'Căn cứ & mở đầu', fields: ['legalBases', 'preamble'] },
  { key: 'theme', label: 'Chủ đề & khẩu hiệu', fields: ['theme', 'slogans'] },
  { key: 'time', label: 'Thời gian', fields: ['events', 'period', 'phases'] },
  { key: 'targets', label: 'Đối tượng & tiêu chí', fields: ['targetGroups'] },
  { key: 'awards', label: 'Khen thưởng', fields: ['awardForms', 'standards', 'dossier', 'deadlines'] },
  { key: 'ceremony', label: 'Lễ phát động', fields: ['ceremony'] },
  { key: 'assignments', label: 'Phân công', fields: ['assignments'] },
  { key: 'body', label: 'Nội dung văn bản', fields: ['sections'] },
  { key: 'signing', label: 'Nơi nhận & ký', fields: ['closing', 'recipients', 'signer'] },
] as const satisfies readonly { key: string; label: string; fields: readonly (keyof PlanContent | 'issuerId' | 'parentIds' | 'addresseeIds')[] }[]

export type PlanTabKey = (typeof PLAN_TABS)[number]['key']

/** The form's name path of a problem key: "phases.1.to" or "content.phases.1.to" → ['content', 'phases', 1, 'to']. */
export function fieldNamePath(field: string): (string | number)[] {
  const parts = field.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  if (parts.length === 0) return []
  const top = parts[0] as string
  return top === 'content' || top === 'issuerId' || top === 'parentIds' || top === 'addresseeIds' ? parts : ['content', ...parts]
}

/** The tab showing a field, or undefined for keys outside the plan (version, number…). */
export function tabOfField(field: string): PlanTabKey | undefined {
  const path = fieldNamePath(field)
  const name = path[0] === 'content' ? path[1] : path[0]
  return PLAN_TABS.find((tab) => (tab.fields as readonly (string | number | undefined)[]).includes(name))?.key
}
