import { describe, expect, it } from 'vitest'
import type { AnswerStatus, CascadeNode } from '../../types.ts'
import { cascadeCounts, cascadeSummaryText } from './cascade.ts'

const node = (name: string, status: AnswerStatus, children: CascadeNode[] = []): CascadeNode => ({
  organizationId: name,
  organizationName: name,
  status,
  answerDue: '2025-03-01',
  answer: null,
  children,
})

describe('cascade counts', () => {
  it('counts every unit at every level, by answer status', () => {
    const nodes = [
      node('Xã Bình Thành', 'answered', [node('Trường Tiểu học Bình Thành', 'answered'), node('Xóm Đồng Tâm', 'late'), node('Xóm Na Mọn', 'draft')]),
      node('Xã Bình An', 'late'),
      node('Xã Bắc Sơn', 'not_started'),
      node('Phường Phan Đình Phùng', 'draft', [node('Tổ dân phố 1', 'not_started')]),
    ]
    const counts = cascadeCounts(nodes)
    expect(counts).toEqual({ total: 8, answered: 2, drafting: 2, late: 2 })
    expect(cascadeSummaryText(counts)).toBe('2/8 đơn vị đã ban hành, 2 đang dự thảo, 2 quá hạn')
  })

  it('reads "0/0" for a plan sent to nobody, and leaves out drafting when none', () => {
    expect(cascadeSummaryText(cascadeCounts([]))).toBe('0/0 đơn vị đã ban hành, 0 quá hạn')
    expect(cascadeSummaryText(cascadeCounts([node('A', 'answered'), node('B', 'late')]))).toBe('1/2 đơn vị đã ban hành, 1 quá hạn')
  })
})
