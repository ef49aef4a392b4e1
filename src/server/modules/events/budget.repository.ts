// Every SQL statement about an event's budget (event_budget_lines): the estimate and its settlement.
import type { Db } from '../../db/client.ts'
import { lineAmount, type BudgetCategory } from '../../../shared/events.ts'

export interface BudgetLine {
  id: string
  position: number
  item: string
  unit: string | null
  quantity: number
  unitPrice: number
  amount: number
  category: BudgetCategory
  actualAmount: number | null
  fundLineId: string | null
}

export async function listBudget(db: Db, provinceId: string, eventId: string): Promise<BudgetLine[]> {
  return db.query<BudgetLine>(
    `SELECT id, position, item, unit, quantity, unit_price AS "unitPrice", amount, category, actual_amount AS "actualAmount", fund_line_id AS "fundLineId"
       FROM event_budget_lines WHERE province_id = $1 AND event_id = $2 ORDER BY position`,
    [provinceId, eventId],
  )
}

export interface NewBudgetLine {
  id: string
  item: string
  unit: string | null
  quantity: number
  unitPrice: number
  category: BudgetCategory
}

/** Replaces the estimate with the lines in the given order (amount = quantity × unit price, checked by the table too). */
export async function replaceBudget(db: Db, provinceId: string, eventId: string, lines: readonly NewBudgetLine[]): Promise<void> {
  await db.query(`DELETE FROM event_budget_lines WHERE province_id = $1 AND event_id = $2`, [provinceId, eventId])
  for (const [i, l] of lines.entries()) {
    await db.query(
      `INSERT INTO event_budget_lines (province_id, id, event_id, position, item, unit, quantity, unit_price, amount, category)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [provinceId, l.id, eventId, i + 1, l.item, l.unit, l.quantity, l.unitPrice, lineAmount(l), l.category],
    )
  }
}

/** The settlement of a line: what was actually spent and the fund spending line it was posted as. */
export async function settleLine(db: Db, provinceId: string, eventId: string, id: string, actualAmount: number, fundLineId: string | null): Promise<void> {
  await db.query(
    `UPDATE event_budget_lines SET actual_amount = $4, fund_line_id = $5 WHERE province_id = $1 AND event_id = $2 AND id = $3`,
    [provinceId, eventId, id, actualAmount, fundLineId],
  )
}
