// Request schemas of the award registry: a title or form received, the registry search, the duplicate review.
import { z } from 'zod'
import { COMMENDATION_KINDS, TRACKS } from '../../../rules/types.ts'
import { isoDate, optionalText, pageQuery, uuid, version } from '../../../shared/schemas.ts'
import { catalogueCode, subjectKind, yearOf } from '../history/history.schemas.ts'
import { AWARD_LEVELS } from './registry.repository.ts'

const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
const track = z.enum(keysOf(TRACKS), { error: 'chỉ nhận government (chính quyền), party (Đảng) hoặc mass (Mặt trận, đoàn thể)' }).describe('Khối')

const awardFields = {
  code: catalogueCode('Mã danh hiệu, hình thức').nullable().optional(),
  name: optionalText('Tên danh hiệu, hình thức khen thưởng', 300),
  track: track.optional(),
  level: z.enum(keysOf(AWARD_LEVELS), { error: `chỉ nhận một trong: ${Object.keys(AWARD_LEVELS).join(', ')}` }).nullable().optional().describe('Cấp quyết định'),
  year: yearOf('Năm thành tích'),
  decisionNumber: optionalText('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định').nullable().optional(),
  decisionIssuer: optionalText('Cơ quan, người quyết định', 300),
  kind: z.enum(keysOf(COMMENDATION_KINDS), { error: `chỉ nhận một trong: ${Object.keys(COMMENDATION_KINDS).join(', ')}` }).optional().describe('Loại hình khen thưởng'),
  campaignId: uuid('Kế hoạch thi đua').nullable().optional(),
  achievement: optionalText('Thành tích được khen', 2000),
}

export const createAwardBody = z.object({ subjectKind, subjectId: uuid('Đối tượng'), ...awardFields })
export const updateAwardBody = z.object({ version, ...z.object(awardFields).partial().shape })

const queryYear = (label: string) => z.coerce.number({ error: 'phải là số năm' }).int('phải là số nguyên').min(1945, 'phải từ năm 1945').max(2100, 'phải trước năm 2100').describe(label)

export const searchRegistryQuery = z.object({
  q: z.string().max(200).optional().describe('Tìm theo họ tên, tên tập thể (không cần dấu) hoặc số quyết định'),
  organizationId: uuid('Đơn vị').optional(),
  code: catalogueCode('Mã danh hiệu, hình thức').optional(),
  track: track.optional(),
  subjectKind: subjectKind.optional(),
  yearFrom: queryYear('Từ năm').optional(),
  yearTo: queryYear('Đến năm').optional(),
  ...pageQuery,
})

export const duplicatesQuery = z.object({
  organizationId: uuid('Đơn vị').optional(),
  year: queryYear('Năm thành tích').optional(),
})

export type CreateAwardInput = z.output<typeof createAwardBody>
export type UpdateAwardInput = z.output<typeof updateAwardBody>
export type SearchRegistryQuery = z.output<typeof searchRegistryQuery>
