// Document reading throughput: the seed plans (../shared/corpus/seeds when present, else sample texts
// generated from the seed plan fixtures) parsed one after another on one core for a few seconds.
import fs from 'node:fs'
import path from 'node:path'
import { parseDocument } from '../src/documents/parse/index.ts'
import { toPlainText } from '../src/documents/decree30/index.ts'
import { planDocument, SEED_PLANS } from '../src/documents/plan/index.ts'
import { percentile, type Timing } from './stats.ts'

const SEEDS_DIR = path.resolve('..', 'shared', 'corpus', 'seeds')

export interface ParseThroughput {
  documentsPerSecond: number
  /** Where the documents came from and how many there are. */
  source: string
  /** Time to read one document (milliseconds). */
  perDocument: Timing
}

interface Sample {
  name: string
  bytes: Uint8Array
}

function samples(seedsDir: string): { source: string; items: Sample[] } {
  const files = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).filter((f) => /\.(?:txt|docx|pdf)$/i.test(f)).sort() : []
  if (files.length > 0) return { source: `${files.length} văn bản mẫu`, items: files.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(seedsDir, name))) })) }
  const items = SEED_PLANS.map((seed) => ({
    name: seed.file,
    bytes: new Uint8Array(Buffer.from(toPlainText(planDocument(seed.content, { number: seed.number, date: seed.date, track: seed.track })))),
  }))
  return { source: `${items.length} văn bản sinh từ kế hoạch mẫu`, items }
}

/** Parses the samples in turn until `seconds` have passed; every document must parse. */
export async function parseThroughput(options: { seconds?: number; seedsDir?: string } = {}): Promise<ParseThroughput> {
  const { source, items } = samples(options.seedsDir ?? SEEDS_DIR)
  const budget = (options.seconds ?? 3) * 1000
  const times: number[] = []
  const started = performance.now()
  while (performance.now() - started < budget || times.length < items.length) {
    const sample = items[times.length % items.length] as Sample
    const start = performance.now()
    const result = await parseDocument(sample.bytes, sample.name)
    times.push(performance.now() - start)
    if (!result.ok) throw new Error(`${sample.name}: ${result.error.message}`)
  }
  const elapsed = (performance.now() - started) / 1000
  const total = times.reduce((a, b) => a + b, 0)
  times.sort((a, b) => a - b)
  return {
    documentsPerSecond: times.length / elapsed,
    source,
    perDocument: { runs: times.length, p50: percentile(times, 50), p99: percentile(times, 99), mean: total / times.length },
  }
}
