// A section of the plan as printed: "I. MỤC ĐÍCH, YÊU CẦU", then its headings, paragraphs,
// list items (nested lists follow their item) and field blocks, numbered as they come.
import type { BodyBlock, PlanContent } from '../../shared/campaign-plan.ts'
import type { Block } from '../document-model.ts'
import { romanNumeral } from '../decree30/index.ts'
import type { BodyContext } from './context.ts'
import { fieldBlocks } from './field-blocks.ts'
import { headingNumber, newList, newSection, nextMarker, type ListCounters } from './numbering.ts'
import { markedBlock } from './text.ts'

/** `topLevel`: the blocks are the section's own, not an item's nested list. */
function renderBlocks(blocks: BodyBlock[], list: ListCounters, topLevel: boolean, ctx: BodyContext): Block[] {
  return blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'heading': {
        const level = block.level ?? 2
        return [{ type: 'heading', level, text: `${headingNumber(ctx.section, level)} ${block.text}` }]
      }
      case 'paragraph':
        return [{ type: 'paragraph', runs: [block.text] }]
      case 'item': {
        const marker = nextMarker(list, block.marker, topLevel ? ctx.section : null)
        return [markedBlock(marker, [block.text]), ...renderBlocks(block.children ?? [], newList(), false, ctx)]
      }
      case 'field':
        return fieldBlocks(block, ctx)
    }
  })
}

export function sectionBlocks(section: PlanContent['sections'][number], index: number, ctx: Omit<BodyContext, 'section'>): Block[] {
  const numbering = newSection()
  return [
    { type: 'heading', level: 1, text: `${romanNumeral(index + 1)}. ${section.title}` },
    ...renderBlocks(section.blocks, numbering.list, true, { ...ctx, section: numbering }),
  ]
}
