// Small plans for the unit tests: an empty commune plan with the given parts, and the body of
// its document as printed lines ("I. …", "a) …", table rows joined by " | ").
import { emptyPlan, type BodyBlock, type PlanContent } from '../../../shared/campaign-plan.ts'
import type { DocumentModel, Inline } from '../../document-model.ts'
import { planDocument, type PlanDocumentOptions } from '../plan-document.ts'

export function testPlan(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', governingBody: null, place: 'Bình Thành', symbol: 'KH-UBND' }),
    title: 'Phát động phong trào thi đua năm 2025',
    ...overrides,
  }
}

/** A plan with one section holding `blocks`. */
export const withBlocks = (blocks: BodyBlock[], overrides: Partial<PlanContent> = {}) =>
  testPlan({ sections: [{ title: 'NỘI DUNG', blocks }], ...overrides })

const runsText = (runs: Inline[]) => runs.map((run) => (typeof run === 'string' ? run : run.text)).join('')

export function bodyLines(model: DocumentModel): string[] {
  return model.body.flatMap((block) => {
    switch (block.type) {
      case 'heading':
        return [block.text]
      case 'paragraph':
        return [runsText(block.runs)]
      case 'item':
        return [`${block.marker} ${runsText(block.runs)}`]
      case 'table':
        return block.rows.map((row) => row.join(' | '))
    }
  })
}

/** The body's lines after the section heading, for a plan made by withBlocks(). */
export function sectionLines(content: PlanContent, options: Partial<PlanDocumentOptions> = {}): string[] {
  return bodyLines(planDocument(content, { number: null, date: null, track: 'state', ...options })).slice(1)
}
