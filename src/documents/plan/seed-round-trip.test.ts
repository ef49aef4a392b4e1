// The five seed plans round-trip: every section heading and every list item of the original text
// appears in the plan rendered from its fixture — as plain text, in the DOCX read by mammoth and
// in the PDF read by unpdf.
import { readFileSync } from 'node:fs'
import mammoth from 'mammoth'
import { extractText } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { planContent } from '../../shared/campaign-plan.ts'
import { renderDocx, renderPdf, toPlainText } from '../decree30/index.ts'
import { SEED_PLANS, type SeedPlan } from './fixtures/index.ts'
import { planDocument } from './plan-document.ts'
import { seedOutline, squeeze } from './testing/seed-outline.ts'

/** Lines of the originals that are not part of the plan: 003 prints the drafter's file path under the recipients. */
const DEBRIS: Record<string, string[]> = { '003_f99bd9e8777977b6.txt': ['Huyennt\\TĐKT\\'] }

/** Headings and items found in each original, so that a change in what is extracted shows. */
const OUTLINE_SIZES: Record<string, { headings: number; items: number }> = {
  '000_8468e2e3de16952b.txt': { headings: 27, items: 17 },
  '001_f939d4192d4527e5.txt': { headings: 36, items: 59 },
  '002_64db9d4e51ee8ad5.txt': { headings: 17, items: 27 },
  '003_f99bd9e8777977b6.txt': { headings: 34, items: 36 },
  '004_f920ffa2c7558e09.txt': { headings: 15, items: 27 },
}

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim()

function outlineOf(seed: SeedPlan) {
  const original = readFileSync(new URL(`./fixtures/originals/${seed.file}`, import.meta.url), 'utf8')
  return seedOutline(original, DEBRIS[seed.file] ?? [])
}

/** The pages' text without the running page numbers (top of every page but the first). */
function withoutPageNumbers(pages: string[]): string {
  return pages.map((page, i) => (i === 0 ? page : page.replace(new RegExp(`^\\s*${i + 1}\\s*\\n`), ''))).join('\n')
}

const modelOf = (seed: SeedPlan) => planDocument(seed.content, { number: seed.number, date: seed.date, track: seed.track })

/** The outline entries not found in `text`, compared by `form` (collapsed or squeezed white space). */
function missingFrom(text: string, seed: SeedPlan, form: (s: string) => string): string[] {
  const { headings, items } = outlineOf(seed)
  const haystack = form(text)
  return [...headings, ...items].filter((entry) => !haystack.includes(form(entry)))
}

describe.each(SEED_PLANS.map((seed) => [seed.file, seed] as const))('seed %s', (_file, seed) => {
  it('is a valid plan as transcribed (parsing changes nothing)', () => {
    expect(planContent.parse(seed.content)).toEqual(seed.content)
  })

  it('has the outline the original has', () => {
    const { headings, items } = outlineOf(seed)
    expect({ headings: headings.length, items: items.length }).toEqual(OUTLINE_SIZES[seed.file])
  })

  it('shows every heading and item of the original in the plain text', () => {
    expect(missingFrom(toPlainText(modelOf(seed)), seed, collapse)).toEqual([])
  })

  it('shows every heading and item of the original in the DOCX (read by mammoth)', async () => {
    const bytes = await renderDocx(modelOf(seed))
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(missingFrom(value, seed, collapse)).toEqual([])
  })

  it('shows every heading and item of the original in the PDF (read by unpdf; lines wrap, so white space is ignored)', async () => {
    const { text: pages } = await extractText(await renderPdf(modelOf(seed)), { mergePages: false })
    expect(missingFrom(withoutPageNumbers(pages), seed, squeeze)).toEqual([])
  })
})
