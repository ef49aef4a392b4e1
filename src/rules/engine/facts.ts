// The facts an evaluation quotes, written the way an officer reads them.
import { CATALOGUE } from '../catalogue/index.ts'
import { viDate } from '../dates.ts'
import type { AchievementRecord, AwardRecord, InitiativeRecord, RatingRecord } from '../history.ts'
import { COMMENDATION_KINDS, DISCIPLINE_FORMS, LEVELS, RATINGS, type DisciplineForm, type Track } from '../types.ts'

const LEVEL_LABELS = { central: 'trung ương', ministry: 'cấp bộ', province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã', unit: 'cấp đơn vị' } as const

const TRACK_OF_RATING: Record<Track, string> = { government: '', party: ' (xếp loại đảng viên, tổ chức đảng)', mass: ' (xếp loại của đoàn thể)' }

export function ratingFact(year: number, record: RatingRecord | undefined, track: Track = 'government'): string {
  return record
    ? `Năm ${year}: ${RATINGS[record.rating]} (${record.rating})${TRACK_OF_RATING[track]}`
    : `Năm ${year}: chưa có kết quả xếp loại${TRACK_OF_RATING[track]}`
}

export function awardFact(a: AwardRecord): string {
  const details = [a.decisionNumber && `QĐ số ${a.decisionNumber}`, a.date && `ngày ${viDate(a.date)}`, a.level && LEVEL_LABELS[a.level]].filter(Boolean).join(', ')
  const kind = a.kind === 'cong_trang' ? '' : ` — ${COMMENDATION_KINDS[a.kind].toLowerCase()}`
  return `${CATALOGUE[a.code].short} năm ${a.year}${kind}${details ? ` (${details})` : ''}`
}

export function usedForFact(used: { code: keyof typeof CATALOGUE; year: number }): string {
  return `đã dùng để xét ${CATALOGUE[used.code].short} năm ${used.year}`
}

export function initiativeFact(i: InitiativeRecord): string {
  const type = { sang_kien: 'Sáng kiến', de_tai: 'Đề tài khoa học', muu_tri: 'Mưu trí' }[i.type]
  return `${type} «${i.title}» (${LEVELS[i.level].toLowerCase()}, công nhận ngày ${viDate(i.recognisedDate)}${i.appliedEffectively ? ', áp dụng hiệu quả' : ''})`
}

export function achievementFact(a: AchievementRecord): string {
  const kind = { phong_trao: 'Thành tích trong phong trào thi đua', dot_xuat: 'Thành tích đột xuất', dong_gop: 'Đóng góp', cong_trang: 'Thành tích' }[a.kind]
  return `${kind} «${a.description}» (${LEVELS[a.level].toLowerCase()}, ngày ${viDate(a.date)})`
}

export const disciplineLabel = (form: DisciplineForm): string => DISCIPLINE_FORMS[form].label
