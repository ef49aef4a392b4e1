import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { DataDirLockedError, lockDataDir } from './lock.ts'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-lock-'))

it('refuses a second holder while the first is alive, with a Vietnamese message', () => {
  const dir = tempDir()
  // A live process other than us (the parent shell of this test run) holds the lock.
  fs.writeFileSync(path.join(dir, 'tdkt.pid'), String(process.ppid))
  expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
  expect(() => lockDataDir(dir)).toThrow(/đang được tiến trình/)
})

it('takes over a stale lock left by a dead process and releases it', () => {
  const dir = tempDir()
  const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!
  fs.writeFileSync(path.join(dir, 'tdkt.pid'), String(dead))
  const release = lockDataDir(dir)
  expect(fs.readFileSync(path.join(dir, 'tdkt.pid'), 'utf8')).toBe(String(process.pid))
  release()
  expect(fs.existsSync(path.join(dir, 'tdkt.pid'))).toBe(false)
})
