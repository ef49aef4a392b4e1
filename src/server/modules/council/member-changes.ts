// Members may not change while a session is voting: its thresholds are shares of the members it opened with.
import { AppError, fromDatabaseError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { Council } from './council.repository.ts'
import { hasOpenSession } from './session.repository.ts'

export async function assertNoOpenSession(db: Db, provinceId: string, council: Council): Promise<void> {
  if (await hasOpenSession(db, provinceId, council.id)) {
    throw new AppError('CONFLICT', `${council.name} đang có phiên họp bỏ phiếu: thay đổi thành viên sau khi kết thúc phiên họp.`)
  }
}

/** One seat per account on a council. */
export const fromMemberDbError = (error: unknown) =>
  fromDatabaseError(error, {
    council_members_province_id_council_id_account_id_key: { field: 'accountId', message: 'Tài khoản bỏ phiếu: tài khoản này đã gắn với một thành viên khác của Hội đồng' },
  })
