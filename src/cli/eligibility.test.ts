import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { eligibilityCommand } from './eligibility.ts'

/** The ```json blocks of docs/eligibility.md: the documented question and the province rules. */
async function documentedJson(): Promise<unknown[]> {
  const doc = await readFile(path.join(import.meta.dirname, '../../docs/eligibility.md'), 'utf8')
  return [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!))
}

async function run(content: string | null): Promise<{ code: number | undefined; out: string; err: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tdkt-eligibility-'))
  const file = path.join(dir, 'question.json')
  if (content !== null) await writeFile(file, content)
  let out = ''
  let err = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true))
  try {
    await eligibilityCommand([file])
  } finally {
    vi.restoreAllMocks()
  }
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode)
  return { code, out, err }
}

afterEach(() => {
  process.exitCode = undefined
})

describe('tdkt eligibility', () => {
  it('evaluates the example of docs/eligibility.md and prints the Evaluation as JSON', async () => {
    const [question] = await documentedJson()
    const r = await run(JSON.stringify(question))
    expect(r.code).toBeUndefined()
    const evaluation = JSON.parse(r.out)
    expect(evaluation).toMatchObject({ target: 'CSTDCS', eligible: true, ruleSet: { id: 'ND152_2025' }, usesInitiatives: ['sk-2025-01'] })
  })
  it('accepts the documented province rules', async () => {
    const [question, province] = (await documentedJson()) as [Record<string, unknown>, unknown]
    const r = await run(JSON.stringify({ ...question, target: 'GIAY_KHEN_CHU_TICH_XA', province }))
    expect(r.err).toBe('')
    expect(JSON.parse(r.out).province).toBe('Tỉnh Lạng Sơn')
  })
  it('exits 0 when the subject is not eligible', async () => {
    const [question] = (await documentedJson()) as [{ date: string }]
    const r = await run(JSON.stringify({ ...question, date: '2025-06-30' }))
    expect(r.code).toBeUndefined()
    expect(JSON.parse(r.out).eligible).toBe(false)
  })
  it('exits 2 with the Vietnamese message naming the field on bad input', async () => {
    const r = await run(JSON.stringify({ subject: { kind: 'individual', recruitmentDate: '2012-08-15', ratings: [{ year: 2009, rating: 'HTTNV' }] }, target: 'LDTT', date: '2025-12-15' }))
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain('subject.ratings[0].year: năm xếp loại 2009 trước năm tuyển dụng 2012')
  })
  it('exits 2 on a missing file, invalid JSON or no argument', async () => {
    expect(await run(null)).toMatchObject({ code: 2, err: expect.stringContaining('tệp không tồn tại') })
    process.exitCode = undefined
    expect(await run('{ "subject": ')).toMatchObject({ code: 2, err: expect.stringContaining('không phải JSON hợp lệ') })
    process.exitCode = undefined
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    await eligibilityCommand([])
    expect(process.exitCode).toBe(2)
    expect(String(err.mock.calls[0]?.[0])).toMatch(/Cách dùng: tdkt eligibility/)
    err.mockRestore()
  })
})
