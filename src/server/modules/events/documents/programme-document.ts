// The programme (CHƯƠNG TRÌNH) of the ceremony (seed 001 §IV.2) or the conference (seed 002 §II.3): the items in
// order with the time each starts (from the start time and the durations), the content and who performs it.
import type { DocumentModel } from '../../../../documents/document-model.ts'
import { paragraph, unitHeader } from '../../../../documents/nomination/parts.ts'
import { EVENT_KIND_LABELS } from '../../../../shared/events.ts'
import { timeAndDate, type EventDocumentData } from './event-document-data.ts'

export const PROGRAMME_HEADER = ['STT', 'Thời gian', 'Nội dung', 'Người thực hiện']

/** "07:30" + 15 minutes → "07:45"; each item's start from the event's start time and the durations before it. */
export function startTimes(start: string | null, durations: readonly (number | null)[]): (string | null)[] {
  if (!start) return durations.map(() => null)
  const [h, m] = start.split(':').map(Number) as [number, number]
  let minutes = h * 60 + m
  return durations.map((d) => {
    const at = minutes >= 24 * 60 ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
    minutes += d ?? 0
    return at
  })
}

export function programmeDocument(d: EventDocumentData): DocumentModel {
  const times = startTimes(d.startTime, d.programme.map((p) => p.durationMinutes))
  const rows = d.programme.map((p, i) => [String(i + 1), times[i] ?? (p.durationMinutes ? `${p.durationMinutes} phút` : ''), p.title, p.speaker ?? ''])
  return {
    header: unitHeader(d.unit, 'CTr', null, d.issuedOn),
    documentType: 'CHƯƠNG TRÌNH',
    title: d.title,
    draft: d.issuedOn === null,
    body: [
      paragraph({ text: 'Thời gian: ', bold: true }, `${timeAndDate(d)}.`),
      paragraph({ text: 'Địa điểm: ', bold: true }, `${d.venue ?? '……………………………………'}.`),
      { type: 'table', rows: [PROGRAMME_HEADER, ...rows], widths: [8, 14, 48, 30] },
      paragraph(`${EVENT_KIND_LABELS[d.kind]} kết thúc sau khi hoàn thành các nội dung trên./.`),
    ],
    recipients: ['Các đại biểu dự', 'Lưu: VT'],
    signature: d.unit.signature,
  }
}
