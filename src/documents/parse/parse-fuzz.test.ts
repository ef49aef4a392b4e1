// Property-based fuzzing of the document reader: random text, real documents cut and spliced at random
// places, random bytes under every extension, and random bytes behind real file signatures. parseText never
// throws; parseDocument always answers { ok } with a document or a Vietnamese error, never an exception.
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument, parseText } from './index.ts'
import { toPlanContent } from './to-plan-content.ts'
import { planContent } from '../../shared/campaign-plan.ts'
import { issuerIdentity } from '../../shared/issuer-identity.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 40)
const SEED = Number(process.env.FUZZ_SEED ?? 20261121)
const FIXTURES = path.resolve('src/documents/parse/fixtures')
const samples = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'))

/** A real document with pieces cut out, repeated or replaced. */
const mangled = fc
  .tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 8 }))
  .map(([text, edits]) => edits.reduce((t, [at, cut, insert]) => {
    const i = at % (t.length + 1)
    return t.slice(0, i) + insert + t.slice(i + cut)
  }, text))

const ISSUER = issuerIdentity({ name: 'Xã Bắc Sơn', kind: 'commune' }, [{ name: 'Tỉnh Lạng Sơn', kind: 'province' }])
const SIGNATURES = { docx: [0x50, 0x4b, 0x03, 0x04], pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], txt: [] as number[] }

describe('document reader fuzzing', () => {
  it('parseText reads any text without throwing, and what it reads always makes a plan draft valid against the plan schema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), mangled), (text) => {
        const parsed = parseText(text)
        expect(parsed._meta.text.length).toBeLessThanOrEqual(text.length * 4 + 16)
        const { content } = toPlanContent(parsed, ISSUER)
        const valid = planContent.safeParse(content)
        expect(valid.success, valid.success ? '' : JSON.stringify(valid.error.issues.slice(0, 3))).toBe(true)
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('parseDocument answers every file with a document or a Vietnamese error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('docx', 'pdf', 'txt', 'doc', ''), fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (ext, bytes, signed) => {
        const head = signed && ext in SIGNATURES ? SIGNATURES[ext as keyof typeof SIGNATURES] : []
        const file = Uint8Array.from([...head, ...bytes])
        const result = await parseDocument(file, `van-ban.${ext}`, { timeoutMs: 5000 })
        if (!result.ok) expect(result.error.message).toMatch(/\p{L}/u)
        else expect(typeof result.document._meta.text).toBe('string')
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })
})
