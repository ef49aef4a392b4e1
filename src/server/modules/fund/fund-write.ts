// Writes one ledger line inside the caller's transaction: locks the organization's fund years, checks the
// line against the ledger's rules (balance, movement share, allocation ceiling — src/shared/fund.ts), then
// appends it with its audit row. A refused line writes nothing.
import { randomUUID } from 'node:crypto'
import { allocationCap, FUND_CATEGORY_LABELS, formatVnd, kindOf, ledgerProblem, type FundCategory } from '../../../shared/fund.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import type { Db } from '../../db/client.ts'
import { AppError, fromDatabaseError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { Organization } from '../organizations/organizations.repository.ts'
import { fundLabel } from './fund-access.ts'
import { findSettings, insertLine, lockOrganizationYears, sumByYear } from './fund.repository.ts'

export interface LineToWrite {
  year: number
  category: FundCategory
  occurredOn: string
  description: string
  counterparty: string | null
  /** As stored: positive for a recorded line, the opposite of the reversed line's amount for a reversal. */
  amount: number
  decisionId: string | null
  eventId: string | null
  reversesId: string | null
  reason: string | null
}

const UNIQUE = {
  fund_lines_reversed_once: { field: 'id', message: 'Dòng sổ quỹ này đã được điều chỉnh.' },
}

export async function writeFundLine(tx: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, organization: Organization, line: LineToWrite): Promise<{ id: string }> {
  const { provinceId } = ctx.actor
  const fundYear = await lockOrganizationYears(tx, provinceId, organization.id, line.year)
  const settings = await findSettings(tx, provinceId)
  const problem = ledgerProblem(await sumByYear(tx, provinceId, organization.id), line, {
    movementShare: settings.movementShare,
    movementShareCitation: settings.movementShareCitation,
    allocationCap: fundYear.recurrentSpending === null ? null : {
      amount: allocationCap(fundYear.recurrentSpending, settings.allocationRate),
      rate: settings.allocationRate,
      recurrentSpending: fundYear.recurrentSpending,
      citation: settings.allocationRateCitation,
    },
  })
  if (problem) throw new AppError('VALIDATION', `${problem}; chưa ghi vào sổ quỹ.`, { amount: problem })

  const id = randomUUID()
  const kind = kindOf(line.category)
  try {
    await insertLine(tx, provinceId, { id, organizationId: organization.id, kind, createdBy: ctx.actor.accountId, ...line })
  } catch (error) {
    throw fromDatabaseError(error, UNIQUE)
  }
  const what = line.reversesId ? `Điều chỉnh (ghi đảo) khoản ${kind === 'income' ? 'thu' : 'chi'}` : kind === 'income' ? 'Ghi thu' : 'Ghi chi'
  await recordAudit(tx, ctx, {
    action: line.reversesId ? 'reverse' : 'create',
    entity: 'fund_line',
    entityId: id,
    organizationId: organization.id,
    summary: `${fundLabel(organization.name, line.year)}: ${what} «${FUND_CATEGORY_LABELS[line.category]}» ${formatVnd(Math.abs(line.amount))} — ${line.description}${line.reason ? ` (lý do: ${line.reason})` : ''}`,
    after: { kind, ...line },
  })
  return { id }
}
