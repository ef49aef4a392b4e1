// A campaign plan (kế hoạch phát động thi đua) laid out as a Decree 30 document: header,
// "KẾ HOẠCH" and its trích yếu, the preamble, the numbered sections with the structured fields
// printed where the plan shows them, the closing paragraph, recipients and signature.
import type { PlanContent } from '../../shared/campaign-plan.ts'
import type { Block, DocumentModel } from '../document-model.ts'
import { sectionBlocks } from './body.ts'
import { eventsWithDates } from './dates.ts'
import { preambleParagraphs } from './preamble.ts'
import { signatureBlock } from './signature.ts'

export interface PlanDocumentOptions {
  /** Number as registered ("27"), or null while unnumbered. */
  number: string | null
  /** ISO date of issue, or null while undated. */
  date: string | null
  /** State (Decree 30) or Party (HD 36-HD/VPTW) form. */
  track: 'state' | 'party'
  /** Dates of the plan's events known elsewhere (the calendar), by event id; they resolve relative dates. */
  eventDates?: Record<string, string>
}

const paragraph = (text: string): Block => ({ type: 'paragraph', runs: [text] })

export function planDocument(content: PlanContent, options: PlanDocumentOptions): DocumentModel {
  const ctx = { content, events: eventsWithDates(content.events, options.eventDates) }
  return {
    header: {
      track: options.track,
      governingBody: content.governingBody,
      issuer: content.issuerHeading,
      number: options.number,
      symbol: content.symbol,
      place: content.place,
      date: options.date,
    },
    documentType: 'KẾ HOẠCH',
    title: content.title,
    body: [
      ...preambleParagraphs(content).map(paragraph),
      ...content.sections.flatMap((section, i) => sectionBlocks(section, i, ctx)),
      ...(content.closing ? [paragraph(content.closing)] : []),
    ],
    recipients: content.recipients,
    signature: signatureBlock(content.signer, options.track),
  }
}
