import { expect, it } from 'vitest'
import { z } from 'zod'
import { fieldLabel, parseOrThrow } from './errors.ts'
import { requiredText } from '../../shared/schemas.ts'

it('finds the Vietnamese label through optional, nullable and pipe wrappers', () => {
  const schema = z.object({
    name: requiredText('Tên chủ hộ').optional(),
    cccd: z.string().describe('Số CCCD').nullable().optional(),
    nested: z.object({ day: z.iso.date().describe('Ngày') }).optional(),
  })
  expect(fieldLabel(schema, ['name'])).toBe('Tên chủ hộ')
  expect(fieldLabel(schema, ['cccd'])).toBe('Số CCCD')
  expect(fieldLabel(schema, ['nested', 'day'])).toBe('Ngày')
})

it('answers bad input with a VALIDATION error naming each field', () => {
  const schema = z.object({ name: requiredText('Tên tổ chức') })
  try {
    parseOrThrow(schema, { name: '   ' })
    expect.unreachable()
  } catch (error) {
    const e = error as { code: string; fields: Record<string, string> }
    expect(e.code).toBe('VALIDATION')
    expect(e.fields.name).toMatch(/^Tên tổ chức: /)
  }
})
