// When the daily digest runs: at the configured hour in Vietnam (UTC+7), the next such moment after now.
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.ts'
import { nextDigestRun, pastDigestHour, startDigestScheduler } from './digest-scheduler.ts'

describe('nextDigestRun', () => {
  it('is today at the hour in Vietnam when it is still ahead, else tomorrow', () => {
    // 06:59 in Hà Nội = 23:59 UTC the day before.
    expect(nextDigestRun(new Date('2025-12-09T23:59:00Z'), 7).toISOString()).toBe('2025-12-10T00:00:00.000Z')
    expect(nextDigestRun(new Date('2025-12-10T00:00:00Z'), 7).toISOString()).toBe('2025-12-11T00:00:00.000Z')
    expect(nextDigestRun(new Date('2025-12-10T16:30:00Z'), 7).toISOString()).toBe('2025-12-11T00:00:00.000Z') // 23:30 in Hà Nội
    expect(nextDigestRun(new Date('2025-12-31T18:00:00Z'), 0).toISOString()).toBe('2026-01-01T17:00:00.000Z') // 01:00 on 1 Jan in Hà Nội
  })

  it('knows whether today\'s hour has come in Vietnam', () => {
    expect(pastDigestHour(new Date('2025-12-09T23:59:00Z'), 7)).toBe(false)
    expect(pastDigestHour(new Date('2025-12-10T00:00:00Z'), 7)).toBe(true)
  })
})

describe('startDigestScheduler', () => {
  it('does nothing without SMTP', () => {
    const logs: string[] = []
    const scheduler = startDigestScheduler(undefined as never, { ...loadConfig({}), smtpUrl: undefined }, { log: (m) => logs.push(m) })
    scheduler.stop()
    expect(logs).toEqual([])
  })
})

describe('configuration', () => {
  it('reads the SMTP address, sender and digest hour, and refuses malformed values in Vietnamese', () => {
    expect(loadConfig({ TDKT_SMTP_URL: 'smtp://u:p@mail.example:2525', TDKT_MAIL_FROM: 'tdkt <a@b.vn>', TDKT_DIGEST_HOUR: '6' })).toMatchObject({
      smtpUrl: 'smtp://u:p@mail.example:2525', mailFrom: 'tdkt <a@b.vn>', digestHour: 6,
    })
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, digestHour: 7 })
    expect(() => loadConfig({ TDKT_DIGEST_HOUR: '24' })).toThrow(/TDKT_DIGEST_HOUR phải là giờ trong ngày từ 0 đến 23/)
    expect(() => loadConfig({ TDKT_SMTP_URL: 'mail.example:25' })).toThrow(/TDKT_SMTP_URL phải có dạng smtp:\/\//)
  })
})
