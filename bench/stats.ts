// Timing helpers for benchmarks: percentiles over repeated runs.

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1))
  return sortedMs[index]!
}

export interface Timing {
  runs: number
  p50: number
  p99: number
  mean: number
}

export async function timeRuns(runs: number, fn: (i: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn(i)
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return { runs, p50: percentile(samples, 50), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / runs }
}
