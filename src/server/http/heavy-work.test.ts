import os from 'node:os'
import { expect, it } from 'vitest'
import { AppError } from './errors.ts'
import { HEAVY_WAITING_LIMIT, heavyWork } from './heavy-work.ts'

it('runs one heavy work per core at a time, in arrival order, and refuses one more as busy when too many wait', async () => {
  const cores = os.availableParallelism()
  let running = 0
  let most = 0
  const started: number[] = []
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  const work = (n: number) => heavyWork(async () => {
    started.push(n)
    running++
    most = Math.max(most, running)
    await gate
    running--
    return n
  })
  const all = Array.from({ length: cores + HEAVY_WAITING_LIMIT }, (_, n) => work(n))
  await new Promise((resolve) => setImmediate(resolve))
  expect(running).toBe(cores)

  const refused = await work(-1).catch((error: unknown) => error)
  expect(refused).toBeInstanceOf(AppError)
  expect(refused).toMatchObject({ code: 'SERVER_BUSY', status: 503 })

  open()
  expect(await Promise.all(all)).toEqual(Array.from({ length: all.length }, (_, n) => n))
  expect(most).toBe(cores)
  expect(started).toEqual(Array.from({ length: all.length }, (_, n) => n))
  expect(await work(7)).toBe(7) // room again once the queue drained
})
