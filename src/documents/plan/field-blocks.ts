// A `field` block of the body: the value of a structured field printed where the plan shows it,
// so the text a reader sees and the data the system acts on are one and the same.
import type { BodyBlock } from '../../shared/campaign-plan.ts'
import type { Block } from '../document-model.ts'
import { assignmentBlocks } from './assignments-block.ts'
import { ceremonyBlocks } from './ceremony-block.ts'
import type { BodyContext } from './context.ts'
import { dateRefPhrase } from './dates.ts'
import { criteriaBlocks, targetGroupBlocks } from './groups-block.ts'
import { phaseBlocks } from './phases-block.ts'
import { asSentence, capitalizeFirst, dashList } from './text.ts'

type FieldBlock = Extract<BodyBlock, { type: 'field' }>

/** Lead + the theme in quotes: Nội dung, chủ đề thi đua: “…”. */
function themeBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const theme = ctx.content.theme
  if (!theme) return []
  const quoted = { text: `“${theme}”`, italic: true }
  return [{ type: 'paragraph', runs: lead ? [`${lead} `, quoted, '.'] : [quoted, '.'] }]
}

/** "từ nay đến hết năm 2025" as written, else "từ ngày … đến 20 ngày sau Đại hội …". */
function periodBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const { from, to, asWritten } = ctx.content.period
  const formatted = [
    from === null ? null : `từ ${dateRefPhrase(from, ctx.events)}`,
    to === null ? null : `đến ${dateRefPhrase(to, ctx.events)}`,
  ]
    .filter((part) => part !== null)
    .join(' ')
  const wording = asWritten || formatted
  if (!wording) return []
  return [{ type: 'paragraph', runs: [asSentence(lead ? `${lead} ${wording}` : capitalizeFirst(wording))] }]
}

const contains = (text: string, part: string) => text.toLocaleLowerCase('vi').includes(part.toLocaleLowerCase('vi'))

/** "Bằng khen của Chủ tịch UBND tỉnh"; the conferring authority added when the name does not say it; the quota after. */
function awardFormBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const lines = ctx.content.awardForms.map((form) => {
    const authority = form.authority && !contains(form.name, form.authority) ? ` (${form.authority})` : ''
    return `${form.name}${authority}${form.quota ? `: ${form.quota}` : ''}`
  })
  return dashList(lead, lines)
}

function dossierBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const { items, copies, submitTo } = ctx.content.dossier
  return [
    ...dashList(lead, items),
    ...(copies === null ? [] : [{ type: 'paragraph' as const, runs: [`Số lượng: ${String(copies).padStart(2, '0')} bộ.`] }]),
    ...(submitTo ? [{ type: 'paragraph' as const, runs: [asSentence(`Hồ sơ gửi về ${submitTo}`)] }] : []),
  ]
}

/** "Hồ sơ đề nghị khen thưởng …: chậm nhất ngày 20/11/2025" or "… chậm nhất 20 ngày sau Đại hội …". */
function deadlineBlocks(ctx: BodyContext, lead: string | null | undefined): Block[] {
  const lines = ctx.content.deadlines.map(
    (d) => `${d.name}: chậm nhất ${dateRefPhrase(d.due, ctx.events)}${d.note ? ` (${d.note})` : ''}`,
  )
  return dashList(lead, lines)
}

export function fieldBlocks(block: FieldBlock, ctx: BodyContext): Block[] {
  const { lead } = block
  switch (block.field) {
    case 'theme':
      return themeBlocks(ctx, lead)
    case 'slogans':
      return dashList(lead, ctx.content.slogans.map((slogan) => `“${slogan}”`))
    case 'period':
      return periodBlocks(ctx, lead)
    case 'phases':
      return phaseBlocks(ctx, lead)
    case 'targetGroups':
      return targetGroupBlocks(ctx, lead)
    case 'criteria':
      return criteriaBlocks(ctx, lead)
    case 'awardForms':
      return awardFormBlocks(ctx, lead)
    case 'standards':
      return dashList(lead, ctx.content.standards)
    case 'dossier':
      return dossierBlocks(ctx, lead)
    case 'deadlines':
      return deadlineBlocks(ctx, lead)
    case 'ceremony':
      return ceremonyBlocks(ctx, lead, block.part)
    case 'assignments':
      return assignmentBlocks(ctx, lead)
  }
}
