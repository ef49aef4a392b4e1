// Every SQL statement about the province's public holidays (holiday_calendars: one list per year).
import type { Db } from '../../db/client.ts'

export interface Holiday {
  date: string
  name: string
}

export interface HolidayYear {
  year: number
  holidays: Holiday[]
  version: number
}

export async function findHolidayYear(db: Db, provinceId: string, year: number): Promise<HolidayYear | undefined> {
  const rows = await db.query<HolidayYear>(`SELECT year, holidays, version FROM holiday_calendars WHERE province_id = $1 AND year = $2`, [provinceId, year])
  return rows[0]
}

/** Every holiday of the province, all years. */
export async function listHolidayDates(db: Db, provinceId: string): Promise<string[]> {
  const rows = await db.query<{ date: string }>(
    `SELECT h ->> 'date' AS date FROM holiday_calendars c CROSS JOIN LATERAL jsonb_array_elements(c.holidays) AS h WHERE c.province_id = $1`,
    [provinceId],
  )
  return rows.map((r) => r.date)
}

export async function insertHolidayYear(db: Db, provinceId: string, year: number, holidays: readonly Holiday[]): Promise<void> {
  await db.query(`INSERT INTO holiday_calendars (province_id, year, holidays) VALUES ($1, $2, $3)`, [provinceId, year, JSON.stringify(holidays)])
}

/** Optimistic update; false when the version no longer matches. */
export async function updateHolidayYear(db: Db, provinceId: string, year: number, holidays: readonly Holiday[], expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE holiday_calendars SET holidays = $3, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND year = $2 AND version = $4 RETURNING year`,
    [provinceId, year, JSON.stringify(holidays), expectedVersion],
  )
  return rows.length > 0
}
