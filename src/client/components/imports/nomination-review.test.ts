import { describe, expect, it } from 'vitest'
import type { NominationPreviewRow } from '../../../server/modules/imports/preview-nomination.ts'
import { changeChoice, chosenNominations, initialNominationChoices, nominationProblem, nominationResult } from './nomination-review.ts'

const row = (index: number, status: 'matched' | 'unmatched', fields: Partial<NominationPreviewRow['proposed']> = {}): NominationPreviewRow => ({
  index,
  awardee: { name: `Người ${index}`, position: null, organization: null, form: null },
  identity: { kind: 'individual', name: `Người ${index}`, birthDate: null, cccd: null, position: null, organization: null },
  proposed: { subjectKind: 'individual', target: 'LDTT', form: 'Lao động tiên tiến', achievement: 'Hoàn thành tốt nhiệm vụ', year: 2025, ...fields },
  match: status === 'matched' ? { status, subjectId: `s${index}`, candidates: [] } : { status, candidates: [] },
})

describe('the review of nomination drafts', () => {
  it('includes a matched, complete row; waits for a subject, a target or an achievement otherwise', () => {
    const rows = [row(0, 'matched'), row(1, 'unmatched'), row(2, 'matched', { target: null }), row(3, 'matched', { achievement: null })]
    const choices = initialNominationChoices(rows)
    expect([...choices.values()].map((c) => c.include)).toEqual([true, false, false, false])
    expect(nominationProblem(choices.get(2)!)).toBe('Danh hiệu, hình thức đề nghị: chưa chọn')
    expect(nominationProblem(choices.get(3)!)).toBe('Thành tích: chưa có')
    choices.set(1, changeChoice(choices.get(1)!, { subjectId: 'picked' }))
    choices.set(0, changeChoice(choices.get(0)!, { achievement: ' ' }))
    expect(chosenNominations(rows, choices)).toEqual([{ previewIndex: 1, body: { subjectKind: 'individual', subjectId: 'picked', target: 'LDTT', achievement: 'Hoàn thành tốt nhiệm vụ' } }])
  })

  it('words the result with a link to each created draft', () => {
    const result = nominationResult(
      { created: [{ index: 0, id: 'n1', subjectName: 'Hoàng Thị Lan', target: 'LDTT', targetShort: 'LĐTT', eligible: true }], skipped: [{ index: 1, reason: 'Đặng Văn Minh: trùng' }] },
    )
    expect(result).toEqual({
      summary: 'Đã tạo 1 dự thảo đề nghị khen thưởng.',
      created: [{ id: 'n1', label: 'Hoàng Thị Lan — LĐTT', href: '/de-nghi/n1' }],
      skipped: ['Bỏ qua: Đặng Văn Minh: trùng'],
    })
  })
})
