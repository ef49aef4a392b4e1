import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseThroughput } from './parse-throughput.ts'

describe('parse throughput', () => {
  it('reads the seed documents from a folder, each at least once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-seeds-'))
    fs.writeFileSync(path.join(dir, 'a.txt'), 'KẾ HOẠCH\nPhát động thi đua năm 2025\nI. MỤC ĐÍCH\n- Thi đua yêu nước.')
    fs.writeFileSync(path.join(dir, 'ghi-chu.md'), 'không đọc')
    const result = await parseThroughput({ seconds: 0.05, seedsDir: dir })
    expect(result.source).toBe('1 văn bản mẫu')
    expect(result.perDocument.runs).toBeGreaterThanOrEqual(1)
    expect(result.documentsPerSecond).toBeGreaterThan(0)
  })

  it('falls back to sample texts generated from the seed plans', async () => {
    const result = await parseThroughput({ seconds: 0.05, seedsDir: path.join(os.tmpdir(), 'khong-co-thu-muc-nay') })
    expect(result.source).toBe('5 văn bản sinh từ kế hoạch mẫu')
    expect(result.perDocument.runs).toBeGreaterThanOrEqual(5)
  })
})
