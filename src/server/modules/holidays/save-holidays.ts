import { viDate } from '../../../rules/dates.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { assertProvinceConfigurer } from '../eligibility/province-access.ts'
import { findHolidayYear, insertHolidayYear, updateHolidayYear, type HolidayYear } from './holidays.repository.ts'
import type { HolidaysInput } from './holidays.schemas.ts'

/** Replaces the holidays of a year (whole list, with the version read); only the province's own accounts may. */
export async function saveHolidays(ctx: UseCaseContext, year: number, input: HolidaysInput): Promise<HolidayYear> {
  const { actor } = ctx
  const outside = input.holidays.findIndex((h) => Number(h.date.slice(0, 4)) !== year)
  if (outside >= 0) {
    const message = `Ngày nghỉ: ${viDate(input.holidays[outside]!.date)} không thuộc năm ${year}`
    throw new AppError('VALIDATION', message, { [`holidays.${outside}.date`]: message })
  }
  const holidays = [...input.holidays].sort((a, b) => a.date.localeCompare(b.date))
  return ctx.db.transaction(async (tx) => {
    const province = await assertProvinceConfigurer(tx, actor)
    const current = await findHolidayYear(tx, actor.provinceId, year)
    if ((current?.version ?? 0) !== input.version) throw staleVersion(`Lịch nghỉ năm ${year}`)
    if (!current) {
      await insertHolidayYear(tx, actor.provinceId, year, holidays).catch((error: unknown) => {
        throw (error as { code?: string }).code === '23505' ? staleVersion(`Lịch nghỉ năm ${year}`) : error
      })
    } else if (!(await updateHolidayYear(tx, actor.provinceId, year, holidays, input.version))) {
      throw staleVersion(`Lịch nghỉ năm ${year}`)
    }
    const saved = (await findHolidayYear(tx, actor.provinceId, year))!
    await recordAudit(tx, ctx, {
      action: 'configure', entity: 'holiday_calendar', entityId: null, organizationId: province.rootId,
      summary: `Cập nhật lịch nghỉ lễ, Tết năm ${year} (${holidays.length} ngày)`, before: current ?? null, after: saved,
    })
    return saved
  })
}
