// The body of a plan rebuilt from its numbered text: each top-level heading ("I. MỤC ĐÍCH, YÊU CẦU")
// opens a section; "1." and "1.1." become headings, or numbered points when a section numbers long
// sentences rather than headings; "a)", "-", "+" become list items (nested under a numbered point or
// a wider marker); other lines are paragraphs. The rendered plan numbers headings again, so a
// section's numbering must stay in step: a section numbers all its "1." lines as headings or none,
// except a list restarting at 1 under a heading. Pure.

import type { BodyBlock, PlanContent } from '../../../shared/campaign-plan.ts'
import type { Doc, Paragraph } from '../extract/document.ts'
import { endsClause } from '../text/line-shape.ts'

type Section = PlanContent['sections'][number]
type ItemMarker = Extract<BodyBlock, { type: 'item' }>['marker']

export interface PlanBody {
  /** Lines before the first section (they join the preamble). */
  lead: string[]
  sections: Section[]
}

const HEADING_MAX = 1000
const SECTION_TITLE_MAX = 500
/** Lines that read as a heading: short and not a finished sentence. */
const headingLike = (p: Paragraph) => p.content.trim().length <= 140 && !endsClause(p.content.trim())
const upperTitle = (p: Paragraph) => p.level === 9 && p.upper && p.text.trim().length <= 120

/** The paragraph's text without its list marker ("- a) Tập thể" keeps "a) Tập thể"). */
function itemText(p: Paragraph): string {
  const marker = p.marker ?? ''
  return p.text.trimStart().slice(p.text.trimStart().startsWith(marker) ? marker.length : 0).trim()
}

/** The last number of a numbered marker: "4." → 4, "1.2." → 2. */
const markerNumber = (p: Paragraph) => Number(/(\d+)\D*$/.exec(p.marker ?? '')?.[1] ?? NaN)

function itemMarker(p: Paragraph): ItemMarker {
  if (p.level === 5) return 'letter'
  return p.marker === '+' ? 'plus' : 'dash'
}

/** How deep a marker nests: a "+" goes under a "-", a "-" under "a)" or a numbered point. */
const RANK: Record<ItemMarker, number> = { number: 2, letter: 5, dash: 7, plus: 8, none: 9 }

/** Which "1."-level lines of a section are headings (the rest are numbered points). */
function headingLines(lines: Paragraph[]): Set<Paragraph> {
  const headings = new Set<Paragraph>()
  if (!lines.some(headingLike)) return headings
  let lastHeading = 0
  let listNumber = 0
  for (const p of lines) {
    const n = markerNumber(p)
    const continuesList = listNumber > 0 && n === listNumber + 1
    const startsList = listNumber === 0 && lastHeading >= 1 && n === 1
    if (!headingLike(p) && (continuesList || startsList)) {
      listNumber = n
    } else {
      headings.add(p)
      lastHeading = n
      listNumber = 0
    }
  }
  return headings
}

/** Blocks of one section from its paragraphs; `level` is the marker level printed as a level-2 heading. */
function sectionBlocks(paragraphs: Paragraph[], level: number): BodyBlock[] {
  const blocks: BodyBlock[] = []
  const headings = headingLines(paragraphs.filter((p) => p.level === level))
  // Open list items, outermost first, with the rank of their marker.
  let open: { block: Extract<BodyBlock, { type: 'item' }>; rank: number }[] = []
  const addItem = (marker: ItemMarker, text: string) => {
    const rank = RANK[marker]
    while (open.length && (open[open.length - 1] as (typeof open)[number]).rank >= rank) open.pop()
    const block: Extract<BodyBlock, { type: 'item' }> = { type: 'item', marker, text }
    const parent = open[open.length - 1]
    if (parent) (parent.block.children ??= []).push(block)
    else blocks.push(block)
    open.push({ block, rank })
  }
  const addTopLevel = (block: BodyBlock) => {
    open = []
    blocks.push(block)
  }
  for (const p of paragraphs) {
    const text = p.content.trim()
    if (!text) continue
    if ((p.level === level || p.level === level + 1) && text.length <= HEADING_MAX && (p.level > level || headings.has(p))) {
      addTopLevel({ type: 'heading', text, ...(p.level > level ? { level: 3 as const } : {}) })
    } else if (p.level === level) {
      addItem('number', text)
    } else if (p.level === 5 || p.level === 7) {
      addItem(itemMarker(p), itemText(p))
    } else {
      // Deeper numbering ("1.1.1.") and over-long headings keep their marker as written.
      addTopLevel({ type: 'paragraph', text: p.text.trim() })
    }
  }
  return blocks
}

function sectionTitle(p: Paragraph): { title: string; blocks: BodyBlock[] } {
  const text = p.content.trim().replace(/[\s:.]+$/u, '') || p.text.trim()
  if (text.length <= SECTION_TITLE_MAX) return { title: text, blocks: [] }
  return { title: `${text.slice(0, SECTION_TITLE_MAX - 1).trimEnd()}…`, blocks: [{ type: 'paragraph', text }] }
}

/** What opens a section: Roman-numbered lines ("I.", "PHẦN I"), else upper-case titles, else "1." lines. */
function sectionOpener(paragraphs: Paragraph[]): { opens: (p: Paragraph) => boolean; headingLevel: number } | null {
  if (paragraphs.some((p) => p.level <= 1)) return { opens: (p) => p.level <= 1, headingLevel: 2 }
  if (paragraphs.some(upperTitle)) return { opens: upperTitle, headingLevel: 2 }
  if (paragraphs.some((p) => p.level === 2)) return { opens: (p) => p.level === 2, headingLevel: 3 }
  return null
}

/** The body's paragraphs as sections; a body with no numbered line at all is one section "NỘI DUNG". */
export function planBody(doc: Doc, from: number, to: number): PlanBody {
  const paragraphs = doc.paragraphs.slice(from, to).filter((p) => p.text.trim() !== '')
  const opener = sectionOpener(paragraphs)
  if (!opener) return { lead: [], sections: paragraphs.length ? [{ title: 'NỘI DUNG', blocks: sectionBlocks(paragraphs, 2) }] : [] }
  const lead: string[] = []
  const groups: { head: Paragraph; body: Paragraph[] }[] = []
  for (const p of paragraphs) {
    if (opener.opens(p)) groups.push({ head: p, body: [] })
    else if (groups.length) (groups[groups.length - 1] as (typeof groups)[number]).body.push(p)
    else lead.push(p.text.trim())
  }
  const sections = groups.map(({ head, body }) => {
    const { title, blocks } = sectionTitle(head)
    return { title, blocks: [...blocks, ...sectionBlocks(body, opener.headingLevel)] }
  })
  return { lead, sections }
}
