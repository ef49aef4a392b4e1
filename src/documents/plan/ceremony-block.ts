// The launch ceremony (lễ phát động, seed 001): when and where, who attends, the programme as a
// table, who signs the pledges. A field block may show one part under the plan's own heading.
import { CEREMONY_PARTS, type CeremonyPart } from '../../shared/campaign-plan.ts'
import type { Block } from '../document-model.ts'
import type { BodyContext } from './context.ts'
import { formatShortDate } from './dates.ts'
import { dashList, leadBlocks } from './text.ts'

type Ceremony = NonNullable<BodyContext['content']['ceremony']>

/** Labels of the parts when the whole ceremony is shown in one place. */
const PART_LABELS: Record<CeremonyPart, string | null> = {
  schedule: null,
  attendees: 'Thành phần tham dự:',
  programme: 'Chương trình:',
  pledges: 'Đại diện ký cam kết thi đua:',
}

function partBlocks(ceremony: Ceremony, part: CeremonyPart): Block[] {
  switch (part) {
    case 'schedule':
      return [
        ...(ceremony.date === null ? [] : [`Thời gian: ngày ${formatShortDate(ceremony.date)}.`]),
        ...(ceremony.place ? [`Địa điểm: ${ceremony.place}.`] : []),
      ].map((line): Block => ({ type: 'paragraph', runs: [line] }))
    case 'attendees':
      return dashList(null, ceremony.attendees.map((a) => (a.count === null ? a.group : `${a.group} (${a.count} người)`)))
    case 'programme': {
      if (ceremony.programme.length === 0) return []
      const withSpeaker = ceremony.programme.some((p) => p.speaker)
      const header = ['TT', 'Nội dung', ...(withSpeaker ? ['Người thực hiện'] : [])]
      const rows = ceremony.programme.map((p, i) => [String(i + 1), p.title, ...(withSpeaker ? [p.speaker ?? ''] : [])])
      return [{ type: 'table', rows: [header, ...rows] }]
    }
    case 'pledges':
      return dashList(null, ceremony.pledgeSigners)
  }
}

export function ceremonyBlocks(ctx: BodyContext, lead: string | null | undefined, part: CeremonyPart | undefined): Block[] {
  const ceremony = ctx.content.ceremony
  if (ceremony === null) return []
  if (part !== undefined) {
    const blocks = partBlocks(ceremony, part)
    return blocks.length === 0 ? [] : [...leadBlocks(lead), ...blocks]
  }
  return [
    ...leadBlocks(lead),
    ...CEREMONY_PARTS.flatMap((p) => {
      const blocks = partBlocks(ceremony, p)
      const label = PART_LABELS[p]
      return blocks.length === 0 || label === null ? blocks : [{ type: 'paragraph' as const, runs: [label] }, ...blocks]
    }),
  ]
}
