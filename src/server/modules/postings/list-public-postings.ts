// The public index of posted lists (/cong-khai, no account): the lists now open for comment and those that ended
// recently, each linking to its page /cong-khai/:id — who posts it, the period, where it stands, how many lines.
// Luật TĐKT 2022, Điều 84 khoản 5 (công khai before the decision); nothing of the comments is shown here.
import { z } from 'zod'
import { todayInVietnam } from '../../../shared/people.ts'
import { pageQuery, type Page } from '../../../shared/schemas.ts'
import { addDays } from '../../../shared/working-days.ts'
import { AppError } from '../../http/errors.ts'
import type { PublicContext } from '../../http/route.ts'
import { listProvinces } from '../honours/honours.repository.ts'
import { limitPublicReads } from '../../http/public-read-limit.ts'
import { postingPhase, POSTING_PHASE_LABELS, type PostingPhase } from './posting-phase.ts'
import { searchPublicPostings } from './postings-public-index.repository.ts'

export const publicPostingsQuery = z.object({
  province: z.string().trim().max(20, 'tối đa 20 ký tự').optional().describe('Mã tỉnh'),
  endedWithinDays: z.coerce.number({ error: 'phải là số ngày' }).int('phải là số nguyên').min(0, 'không được âm').max(365, 'tối đa 365 ngày').default(30)
    .describe('Danh sách đã kết thúc trong số ngày gần đây'),
  page: pageQuery.page,
  pageSize: z.coerce.number().int().min(1).max(50, 'tối đa 50 danh sách mỗi trang').default(20).describe('Số danh sách mỗi trang'),
})
export type PublicPostingsQuery = z.output<typeof publicPostingsQuery>

export interface PublicPostingEntry {
  id: string
  title: string
  organizationName: string
  provinceName: string
  startsOn: string
  endsOn: string
  phase: PostingPhase
  phaseLabel: string
  itemCount: number
  publicPath: string
}

export async function listPublicPostings(ctx: PublicContext, query: PublicPostingsQuery, today = todayInVietnam()): Promise<Page<PublicPostingEntry> & { today: string }> {
  limitPublicReads(ctx, 'pages')
  const provinceCode = query.province || null
  if (provinceCode && !(await listProvinces(ctx.db)).some((p) => p.code === provinceCode)) {
    throw new AppError('VALIDATION', `Mã tỉnh: không có tỉnh mã "${provinceCode}".`, { province: `Mã tỉnh: không có tỉnh mã "${provinceCode}"` })
  }
  const { items, total } = await searchPublicPostings(ctx.db, {
    provinceCode, today, endedSince: addDays(today, -query.endedWithinDays), limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return {
    today, total, page: query.page, pageSize: query.pageSize,
    items: items.map((p) => {
      const phase = postingPhase({ ...p, withdrawnAt: null }, today)
      return { ...p, phase, phaseLabel: POSTING_PHASE_LABELS[phase], publicPath: `/cong-khai/${p.id}` }
    }),
  }
}
