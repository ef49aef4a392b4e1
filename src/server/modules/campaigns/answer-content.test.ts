import { describe, expect, it } from 'vitest'
import { emptyPlan, planContent, type PlanContent } from '../../../shared/campaign-plan.ts'
import { checkPlan } from '../../../shared/campaign-plan-checks.ts'
import { answerContent } from './answer-content.ts'
import { issuerIdentity } from '../../../shared/issuer-identity.ts'

const parent: PlanContent = {
  ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN', governingBody: null, place: 'Thái Nguyên', symbol: 'KH-UBND' }),
  title: 'Về việc triển khai Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng',
  events: [{ id: 'daihoi14', name: 'Đại hội XIV của Đảng', date: '2026-01-19' }],
  period: { from: { kind: 'date', date: '2025-11-15' }, to: { kind: 'event', eventId: 'daihoi14', offsetDays: 0 }, asWritten: 'đến khi Đại hội XIV thành công' },
  targetGroups: [{ id: 'xa', kind: 'collective', name: 'Ủy ban nhân dân các xã, phường', criteria: ['Hoàn thành vượt mức các chỉ tiêu'] }],
  awardForms: [{ id: 'bk', catalogueCode: null, name: 'Bằng khen của Chủ tịch UBND tỉnh', authority: 'Chủ tịch UBND tỉnh', targetGroupIds: ['xa'], quota: null }],
  deadlines: [
    { id: 'kh', kind: 'answer', name: 'Xây dựng kế hoạch triển khai', due: { kind: 'date', date: '2025-11-30' }, note: null },
    { id: 'bc', kind: 'report', name: 'Báo cáo tổng kết', due: { kind: 'event', eventId: 'daihoi14', offsetDays: 15 }, note: null },
  ],
  assignments: [{ organizationId: null, organizationName: 'Sở Nội vụ', tasks: ['Hướng dẫn, kiểm tra'] }],
}

describe('answerContent', () => {
  const identity = issuerIdentity({ name: 'Xã Bình Thành', kind: 'commune' }, [{ name: 'Tỉnh Thái Nguyên', kind: 'province' }])
  const answer = answerContent({ id: '6f0d2a52-3f7e-4a55-9f55-0d2b8c1b1a01', content: parent, numberAndSymbol: '141/KH-UBND', issuedOn: '2025-11-15', issuerName: 'Ủy ban nhân dân tỉnh Thái Nguyên' }, identity)

  it('cites the parent and speaks in the answering body\'s name', () => {
    expect(answer.title).toBe('Triển khai thực hiện Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thái Nguyên')
    expect(answer.preamble).toEqual(['Thực hiện Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thái Nguyên về việc triển khai Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; Ủy ban nhân dân xã Bình Thành xây dựng Kế hoạch triển khai như sau:'])
    expect(answer.legalBases).toEqual([{ kind: 'campaign', campaignId: '6f0d2a52-3f7e-4a55-9f55-0d2b8c1b1a01' }])
    expect([answer.issuerHeading, answer.symbol, answer.place, answer.signer.title]).toEqual(['ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', 'KH-UBND', 'Bình Thành', 'CHỦ TỊCH'])
  })

  it('copies the structured parts, with the parent\'s events undated so their dates flow from the parent', () => {
    expect(answer.events).toEqual([{ id: 'daihoi14', name: 'Đại hội XIV của Đảng', date: null }])
    expect(answer.period).toEqual(parent.period)
    expect(answer.targetGroups).toEqual(parent.targetGroups)
    expect(answer.awardForms).toEqual(parent.awardForms)
    expect(answer.deadlines.map((d) => d.id)).toEqual(['bc'])
    expect(answer.assignments).toEqual([])
  })

  it('is a valid plan', () => {
    expect(planContent.safeParse(answer).success).toBe(true)
    expect(checkPlan(answer)).toEqual([])
  })
})
