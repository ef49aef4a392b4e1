// What each step of a session needs of its status, and how a session is named in messages and reasons.
import { AppError } from '../../http/errors.ts'
import type { Council } from './council.repository.ts'
import type { CouncilSession } from './session.repository.ts'

/** "phiên họp «Xét khen thưởng năm 2025» ngày 10/12/2025 của Hội đồng Thi đua – Khen thưởng xã Bình Thành" */
export const meetingLabel = (session: Pick<CouncilSession, 'title' | 'meetsOn'>, council: Pick<Council, 'name'>) =>
  `phiên họp «${session.title}» ngày ${session.meetsOn.split('-').reverse().join('/')} của ${council.name}`

export function assertDraft(session: CouncilSession, doing: string): void {
  if (session.status !== 'draft') {
    throw new AppError('CONFLICT', `Chỉ ${doing} khi phiên họp đang chuẩn bị; phiên họp «${session.title}» ${session.status === 'open' ? 'đã khai mạc bỏ phiếu' : 'đã kết thúc'}.`)
  }
}

export function assertOpen(session: CouncilSession, doing: string): void {
  if (session.status === 'draft') throw new AppError('CONFLICT', `Phiên họp «${session.title}» chưa khai mạc bỏ phiếu: chưa ${doing} được.`)
  if (session.status === 'closed') throw new AppError('CONFLICT', `Phiên họp «${session.title}» đã kết thúc: không ${doing} được nữa.`)
}

export function assertNotClosed(session: CouncilSession, doing: string): void {
  if (session.status === 'closed') throw new AppError('CONFLICT', `Phiên họp «${session.title}» đã kết thúc: không ${doing} được nữa.`)
}
