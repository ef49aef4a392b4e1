// The phases of a campaign (đợt, giai đoạn): each a sub-heading with its span, what it strives
// for, and the review (sơ kết / tổng kết) that closes it.
import { REVIEW_KINDS } from '../../shared/campaign-plan.ts'
import type { Block } from '../document-model.ts'
import type { BodyContext } from './context.ts'
import { dateRefPhrase, formatShortDate } from './dates.ts'
import { headingNumber, subHeadingLevel } from './numbering.ts'
import { asSentence, leadBlocks } from './text.ts'

type Phase = BodyContext['content']['phases'][number]

/** "Đợt 1: từ 01/08/2024 đến 31/07/2025", unless the plan words it its own way. */
const phaseLine = (phase: Phase) =>
  phase.asWritten || `${phase.name}: từ ${formatShortDate(phase.from)} đến ${formatShortDate(phase.to)}`

function reviewBlocks(phase: Phase, ctx: BodyContext): Block[] {
  const review = phase.review
  if (review === null) return []
  const line = review.asWritten || `${REVIEW_KINDS[review.kind]} ${phase.name}: ${dateRefPhrase(review.due, ctx.events)}`
  return [{ type: 'item', marker: '-', runs: [asSentence(line)] }]
}

export function phaseBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const phases = ctx.content.phases
  if (phases.length === 0) return []
  const level = subHeadingLevel(ctx.section)
  return [
    ...leadBlocks(lead),
    ...phases.flatMap((phase): Block[] => [
      { type: 'heading', level, text: `${headingNumber(ctx.section, level)} ${phaseLine(phase)}` },
      ...(phase.goal ? [{ type: 'paragraph' as const, runs: [phase.goal] }] : []),
      ...reviewBlocks(phase, ctx),
    ]),
  ]
}
