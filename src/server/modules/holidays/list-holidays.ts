import { todayInVietnam } from '../../../shared/people.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findHolidayYear, type HolidayYear } from './holidays.repository.ts'

/** The holidays of a year (this year by default); version 0 while the province has entered none. */
export async function listHolidays(ctx: UseCaseContext, year: number | undefined): Promise<HolidayYear> {
  const wanted = year ?? Number(todayInVietnam().slice(0, 4))
  return (await findHolidayYear(ctx.db, ctx.actor.provinceId, wanted)) ?? { year: wanted, holidays: [], version: 0 }
}
