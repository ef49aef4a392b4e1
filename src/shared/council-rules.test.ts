import { describe, expect, it } from 'vitest'
import {
  automaticRecusal, itemPasses, itemThreshold, quorumNeeded, quorumProblem, tallyReason, votesNeeded, type RecusalNominee,
} from './council-rules.ts'

describe('quorum (Nghị định 98/2023 Điều 49, a council setting)', () => {
  it('reads 0.6667 as two thirds', () => {
    expect(quorumNeeded(9, 0.6667)).toBe(6)
    expect(quorumNeeded(10, 0.6667)).toBe(7)
    expect(quorumNeeded(11, 0.6667)).toBe(8)
    expect(quorumNeeded(3, 0.6667)).toBe(2)
    expect(quorumNeeded(300, 0.6667)).toBe(200)
  })

  it('takes 80% of the members at a provincial award session', () => {
    expect(quorumNeeded(10, 0.8)).toBe(8)
    expect(quorumNeeded(11, 0.8)).toBe(9)
  })

  it('explains a missing quorum with the numbers', () => {
    expect(quorumProblem(6, 9, 0.6667)).toBeNull()
    expect(quorumProblem(5, 9, 0.6667)).toBe(
      'Chưa đủ số thành viên dự họp: có mặt 5/9 thành viên, cần ít nhất 6 (66,67% tổng số thành viên theo quy chế Hội đồng; Nghị định 98/2023/NĐ-CP, Điều 49).',
    )
  })
})

describe('threshold of an item', () => {
  it('takes the decree ballot for CSTĐCS: at least 80% of all members (Điều 30 khoản 7)', () => {
    const threshold = itemThreshold('CSTDCS', '2025-03-15', 0.5)
    expect(threshold).toMatchObject({ share: 0.8, strict: false, label: 'Ít nhất 80% tổng số thành viên Hội đồng đồng ý (bỏ phiếu)' })
    expect(threshold.citation).toBe('Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7')
    expect(itemThreshold('CSTDCS', '2025-12-20', 0.5)).toMatchObject({ share: 0.8, strict: false })
  })

  it('falls back on the council majority for LĐTT and Giấy khen', () => {
    expect(itemThreshold('LDTT', '2025-12-20', 0.5)).toMatchObject({ share: 0.5, strict: true, label: 'Quá nửa tổng số thành viên Hội đồng đồng ý (quy chế Hội đồng)' })
    expect(itemThreshold('GIAY_KHEN_CHU_TICH_XA', '2025-12-20', 0.6)).toMatchObject({ share: 0.6, strict: true, label: 'Trên 60% tổng số thành viên Hội đồng đồng ý (quy chế Hội đồng)' })
  })

  it('counts against ALL members: 80% of 11 needs 9', () => {
    const ballot = { share: 0.8, strict: false }
    expect(votesNeeded(ballot, 11)).toBe(9)
    expect(itemPasses(8, 10, ballot)).toBe(true)
    expect(itemPasses(8, 11, ballot)).toBe(false)
    expect(itemPasses(9, 11, ballot)).toBe(true)
  })

  it('needs more than half for the majority rule', () => {
    const majority = { share: 0.5, strict: true }
    expect(votesNeeded(majority, 11)).toBe(6)
    expect(votesNeeded(majority, 10)).toBe(6)
    expect(itemPasses(6, 11, majority)).toBe(true)
    expect(itemPasses(5, 11, majority)).toBe(false)
    expect(itemPasses(5, 10, majority)).toBe(false)
  })

  it('words the reason with the share of all members and the article', () => {
    expect(tallyReason(9, 11, { share: 0.8, strict: false, citation: 'Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7' })).toBe(
      'Hội đồng: 9/11 thành viên đồng ý (81,8%); cần ít nhất 80% tổng số thành viên (Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7)',
    )
    expect(tallyReason(5, 10, { share: 0.5, strict: true, citation: 'quy chế' })).toBe('Hội đồng: 5/10 thành viên đồng ý (50%); cần quá nửa tổng số thành viên (quy chế)')
  })
})

describe('automatic recusal', () => {
  const school = { id: 'school', name: 'Trường Tiểu học Bình Thành' }
  const person: RecusalNominee = { subjectKind: 'individual', subjectId: 'lan', nominatingOrganization: school, subjectOrganization: school }
  const none = { personId: null, leadsOrganizationId: null }

  it('keeps the nominee and the heads of the units concerned from voting', () => {
    expect(automaticRecusal({ ...none, personId: 'lan' }, person)).toBe('Là người được đề nghị khen thưởng')
    expect(automaticRecusal({ ...none, leadsOrganizationId: 'school' }, person)).toBe('Là người đứng đầu đơn vị đề nghị (Trường Tiểu học Bình Thành)')
    const byCommune: RecusalNominee = { ...person, nominatingOrganization: { id: 'commune', name: 'Xã Bình Thành' } }
    expect(automaticRecusal({ ...none, leadsOrganizationId: 'school' }, byCommune)).toBe('Là người đứng đầu đơn vị của người được đề nghị (Trường Tiểu học Bình Thành)')
    const collective: RecusalNominee = { subjectKind: 'collective', subjectId: 'school', nominatingOrganization: { id: 'commune', name: 'Xã Bình Thành' }, subjectOrganization: school }
    expect(automaticRecusal({ ...none, leadsOrganizationId: 'school' }, collective)).toBe('Là người đứng đầu tập thể được đề nghị (Trường Tiểu học Bình Thành)')
    const household: RecusalNominee = { subjectKind: 'household', subjectId: 'h1', nominatingOrganization: { id: 'commune', name: 'Xã Bình Thành' }, subjectOrganization: { id: 'xom', name: 'Xóm Đồng Tâm' } }
    expect(automaticRecusal({ ...none, leadsOrganizationId: 'xom' }, household)).toBe('Là người đứng đầu đơn vị của hộ gia đình được đề nghị (Xóm Đồng Tâm)')
  })

  it('lets everyone else vote', () => {
    expect(automaticRecusal({ personId: 'minh', leadsOrganizationId: 'other' }, person)).toBeNull()
    expect(automaticRecusal(none, person)).toBeNull()
  })
})
