import { describe, expect, it } from 'vitest'
import { parseText } from '../../../documents/parse/index.ts'
import type { DecisionPreviewRow } from '../../../server/modules/imports/preview-decision.ts'
import { chosenRows, choiceProblem, initialChoices, previewBody, resultLines, warningsFor, withCode, withSubject } from './decision-review.ts'
import { fromReviewValues, toReviewValues } from './parsed-form.ts'

const proposed = {
  code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, decisionNumber: '152/QĐ-UBND', decisionDate: '2024-12-20', decisionIssuer: 'UBND xã Bình Thành',
  track: 'government', level: 'commune', kind: 'cong_trang',
} as const
const candidate = (subjectId: string, name: string) => ({ subjectId, name, birthDate: null, organizationName: 'Xã Bình Thành' })

const row = (index: number, name: string, match: DecisionPreviewRow['match'], fields: Partial<DecisionPreviewRow['proposed']> = {}): DecisionPreviewRow => ({
  index,
  awardee: { name, position: null, organization: null, form: null },
  identity: { kind: 'individual', name, birthDate: null, cccd: null, position: null, organization: null },
  proposed: { subjectKind: 'individual', ...proposed, ...fields },
  match,
  duplicateWarnings: match.subjectId ? [{ recordId: 'r1', message: `Có thể trùng khen thưởng: ${name}` }] : [],
})

const rows = [
  row(0, 'Nguyễn Văn An', { status: 'matched', subjectId: 'an', candidates: [candidate('an', 'Nguyễn Văn An')] }),
  row(1, 'Trần Thị Bình', { status: 'ambiguous', candidates: [candidate('binh-1', 'Trần Thị Bình'), candidate('binh-2', 'Trần Thị Bình')] }),
  row(2, 'Lê Văn Cường', { status: 'unmatched', candidates: [] }),
  row(3, 'Tập thể Trường Tiểu học Bình Thành', { status: 'matched', subjectId: 'school', candidates: [candidate('school', 'Trường Tiểu học Bình Thành')] }, { subjectKind: 'collective', code: null, name: null }),
]

describe('the review of a decision\'s rows', () => {
  it('starts with the matched, complete rows included and the others waiting for a subject or a form', () => {
    const choices = initialChoices(rows)
    expect([...choices.values()].map((c) => [c.include, c.subjectId])).toEqual([[true, 'an'], [false, null], [false, null], [false, 'school']])
    expect(choiceProblem(choices.get(1)!)).toBe('Đối tượng: chưa chọn người, tập thể hoặc hộ gia đình trong danh sách')
    expect(choiceProblem(choices.get(3)!)).toBe('Danh hiệu, hình thức: chưa chọn mã hoặc ghi tên')
    expect(choiceProblem({ ...choices.get(0)!, year: null })).toBe('Năm thành tích: chưa có')
  })

  it('includes a row once a namesake is picked, and leaves it out when the subject is cleared', () => {
    const picked = withSubject(initialChoices(rows).get(1)!, 'binh-2')
    expect(picked).toMatchObject({ include: true, subjectId: 'binh-2' })
    expect(withSubject(picked, null)).toMatchObject({ include: false, subjectId: null })
    expect(withSubject({ ...picked, include: false, name: '', code: null }, 'binh-1').include).toBe(false)
  })

  it('gives another code its catalogue name, and no code the form as written', () => {
    const an = initialChoices(rows).get(0)!
    expect(withCode(rows[0]!, an, 'LDTT')).toMatchObject({ code: 'LDTT', name: '', include: true })
    expect(withCode(rows[0]!, an, null)).toMatchObject({ code: null, name: 'Giấy khen', include: true })
    expect(withCode(rows[3]!, initialChoices(rows).get(3)!, null)).toMatchObject({ name: '', include: false })
  })

  it('shows the registry\'s warnings only for the subject the preview matched', () => {
    const an = initialChoices(rows).get(0)!
    expect(warningsFor(rows[0]!, an)).toEqual(['Có thể trùng khen thưởng: Nguyễn Văn An'])
    expect(warningsFor(rows[0]!, withSubject(an, 'someone-else'))).toEqual([])
  })

  it('sends the included, complete rows only; a coded row leaves the track to the catalogue', () => {
    const choices = initialChoices(rows)
    choices.set(1, withSubject(choices.get(1)!, 'binh-1'))
    choices.set(3, { ...choices.get(3)!, name: '  Giấy khen tập thể ', include: true })
    choices.set(2, { ...choices.get(2)!, include: true })
    expect(chosenRows(rows, choices)).toEqual([
      { index: 0, subjectKind: 'individual', subjectId: 'an', code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, track: undefined, level: 'commune', kind: 'cong_trang' },
      { index: 1, subjectKind: 'individual', subjectId: 'binh-1', code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, track: undefined, level: 'commune', kind: 'cong_trang' },
      { index: 3, subjectKind: 'collective', subjectId: 'school', code: null, name: 'Giấy khen tập thể', year: 2024, track: 'government', level: 'commune', kind: 'cong_trang' },
    ])
  })

  it('says what was written and names who was skipped, and why', () => {
    expect(resultLines({ inserted: 2, skipped: [{ index: 1, reason: 'Trần Thị Bình đã có «Giấy khen» năm 2024 trong sổ khen thưởng' }] }, rows)).toEqual({
      summary: 'Đã ghi 2 khen thưởng vào sổ.',
      skipped: ['Trần Thị Bình — bỏ qua: Trần Thị Bình đã có «Giấy khen» năm 2024 trong sổ khen thưởng'],
    })
    expect(resultLines({ inserted: 0, skipped: [] }, rows).summary).toBe('Không ghi thêm khen thưởng nào vào sổ.')
  })

  it('previews the reviewed fields with the awardees and where each was read', () => {
    const document = parseText('QUYẾT ĐỊNH\nVề việc khen thưởng\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Giấy khen của Chủ tịch UBND xã cho:\n1. Ông Nguyễn Văn An, Kế toán, UBND xã Bình An.')
    const fields = { ...fromReviewValues(toReviewValues(document)), number: '7' }
    expect(previewBody(fields, document)).toEqual({
      parsed: { ...fields, awardees: document.awardees, _meta: { text: document._meta.text, sources: { awardees: document._meta.sources.awardees } } },
    })
    expect(document.awardees).toHaveLength(1)
  })
})
