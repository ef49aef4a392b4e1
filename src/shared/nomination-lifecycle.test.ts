import { describe, expect, it } from 'vitest'
import { NOMINATION_STATUSES, nextStatuses, transitionProblem } from './nomination-lifecycle.ts'

describe('nomination lifecycle', () => {
  it('walks draft → submitted → checked → council → passed → decided', () => {
    expect(transitionProblem('draft', 'submitted')).toBeNull()
    expect(transitionProblem('submitted', 'checked')).toBeNull()
    expect(transitionProblem('checked', 'to_council')).toBeNull()
    expect(transitionProblem('submitted', 'to_council')).toBeNull()
    expect(transitionProblem('to_council', 'passed')).toBeNull()
    expect(transitionProblem('to_council', 'failed')).toBeNull()
    expect(transitionProblem('passed', 'decided')).toBeNull()
  })

  it('returns a submitted or checked dossier, which is submitted again', () => {
    expect(transitionProblem('submitted', 'returned')).toBeNull()
    expect(transitionProblem('checked', 'returned')).toBeNull()
    expect(transitionProblem('returned', 'submitted')).toBeNull()
  })

  it('refuses jumps, naming the statuses in Vietnamese', () => {
    expect(transitionProblem('draft', 'checked')).toBe('Không thể chuyển đề nghị từ "Dự thảo" sang "Đã kiểm tra hồ sơ": từ "Dự thảo" chỉ chuyển sang "Đã trình".')
    expect(transitionProblem('checked', 'submitted')).toBe('Không thể chuyển đề nghị từ "Đã kiểm tra hồ sơ" sang "Đã trình": chỉ trình đề nghị đang là dự thảo hoặc bị trả lại.')
    expect(transitionProblem('to_council', 'returned')).toMatch(/chỉ chuyển sang "Hội đồng đã thông qua", "Không được thông qua"/)
    expect(transitionProblem('decided', 'returned')).toBe('Không thể chuyển đề nghị từ "Đã có quyết định" sang "Bị trả lại": đề nghị đã kết thúc.')
  })

  it('sends a passed form beyond the level up, where the level above reviews and decides it', () => {
    expect(transitionProblem('passed', 'proposed')).toBeNull()
    expect(transitionProblem('proposed', 'to_council')).toBeNull()
    expect(transitionProblem('proposed', 'decided')).toBeNull()
    expect(transitionProblem('proposed', 'failed')).toBeNull()
    expect(transitionProblem('checked', 'proposed')).toMatch(/chỉ chuyển sang/)
  })

  it('ends only at failed and decided', () => {
    expect(NOMINATION_STATUSES.filter((s) => nextStatuses(s).length === 0)).toEqual(['failed', 'decided'])
  })
})
