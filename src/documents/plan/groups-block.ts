// Who competes (đối tượng thi đua) and what each group is judged by (tiêu chí thi đua).
import { TARGET_KINDS } from '../../shared/campaign-plan.ts'
import type { Block } from '../document-model.ts'
import type { BodyContext } from './context.ts'
import { headingNumber, newList, nextMarker, subHeadingLevel } from './numbering.ts'
import { asSentence, leadBlocks, listLine, markedBlock } from './text.ts'

/** The groups as a lettered list: "a) Tập thể: các cơ quan, đơn vị …;" "b) Cá nhân: …". */
export function targetGroupBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const groups = ctx.content.targetGroups
  if (groups.length === 0) return []
  const list = newList()
  return [
    ...leadBlocks(lead),
    ...groups.map((group, i) =>
      markedBlock(nextMarker(list, 'letter', null), [listLine(`${TARGET_KINDS[group.kind]}: ${group.name}`, i === groups.length - 1)]),
    ),
  ]
}

/** Per group a sub-heading ("1.1. Đối với các sở, ban, ngành"), then its criteria as "- …" lines. */
export function criteriaBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const groups = ctx.content.targetGroups.filter((group) => group.criteria.length > 0)
  if (groups.length === 0) return []
  const level = subHeadingLevel(ctx.section)
  return [
    ...leadBlocks(lead),
    ...groups.flatMap((group): Block[] => [
      { type: 'heading', level, text: `${headingNumber(ctx.section, level)} ${group.heading || `Đối với ${group.name}`}` },
      ...group.criteria.map((criterion): Block => ({ type: 'item', marker: '-', runs: [asSentence(criterion)] })),
    ]),
  ]
}
