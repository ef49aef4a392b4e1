import { describe, expect, it } from 'vitest'
import { dossierCompleteness, partOf } from './nomination-dossier.ts'

// The four-part dossier of seed 004 (Bắc Sơn) and the catalogue's components for a CSTĐCS.
const SEED_004_ITEMS = [
  'Tờ trình kèm danh sách đề nghị khen thưởng',
  'Báo cáo thành tích của tập thể, cá nhân (mẫu 08, Nghị định 98/2023/NĐ-CP của Chính phủ)',
  'Biểu tóm tắt thành tích của tập thể, cá nhân',
  'Biên bản họp xét, đề nghị khen thưởng',
]
const CSTDCS = [
  { name: 'Tờ trình đề nghị khen thưởng (kèm danh sách)', form: 'Mẫu số 01', citation: 'QĐ 638' },
  { name: 'Báo cáo thành tích cá nhân', form: 'Mẫu số 05', citation: 'QĐ 638' },
  { name: 'Biên bản bình xét của Hội đồng Thi đua – Khen thưởng kèm kết quả bỏ phiếu', form: null, citation: 'Luật TĐKT 2022, Điều 84' },
  { name: 'Văn bản công nhận sáng kiến, đề tài khoa học, mưu trí hoặc kết quả xếp loại hoàn thành xuất sắc nhiệm vụ', form: null, citation: 'Luật TĐKT 2022, Điều 84' },
]

describe('dossier parts', () => {
  it('are recognised from the words of a plan or of the law', () => {
    expect(SEED_004_ITEMS.map(partOf)).toEqual(['to-trinh', 'bao-cao-thanh-tich', 'bang-tom-tat', 'bien-ban'])
    expect(CSTDCS.map((c) => partOf(c.name))).toEqual(['to-trinh', 'bao-cao-thanh-tich', 'bien-ban', 'xac-nhan'])
    expect(partOf('Văn bản đề nghị của Trưởng thôn, Tổ trưởng tổ dân phố')).toBe('to-trinh')
    expect(partOf('Danh sách tóm tắt hộ gia đình đủ tiêu chuẩn kèm kết quả lấy ý kiến')).toBe('bang-tom-tat')
    expect(partOf('Báo cáo thành tích đột xuất (tóm tắt, có xác nhận của cấp trình khen — thủ tục đơn giản)')).toBe('bao-cao-thanh-tich')
    expect(partOf('Văn bản xác nhận thành tích đột xuất của cơ quan có thẩm quyền')).toBe('xac-nhan')
    expect(partOf('Tệp điện tử (Word và PDF) nộp qua Hệ thống quản lý hồ sơ khen thưởng điện tử')).toBe('khac')
  })
})

describe('completeness', () => {
  it('lists what is missing: a generated part that lacks data, and evidence only a file can give', () => {
    const result = dossierCompleteness({
      simplified: false,
      campaignItems: SEED_004_ITEMS,
      catalogue: CSTDCS,
      generatedProblems: { 'bien-ban': 'chưa nhập cuộc họp xét của đơn vị' },
      uploadedParts: [],
    })
    expect(result.complete).toBe(false)
    expect(result.requirements).toHaveLength(8)
    expect(result.missing.map((m) => m.problem)).toEqual([
      'Biên bản họp xét, đề nghị khen thưởng: chưa nhập cuộc họp xét của đơn vị',
      'Biên bản bình xét của Hội đồng Thi đua – Khen thưởng kèm kết quả bỏ phiếu: chưa nhập cuộc họp xét của đơn vị',
      'Văn bản công nhận sáng kiến, đề tài khoa học, mưu trí hoặc kết quả xếp loại hoàn thành xuất sắc nhiệm vụ: chưa có tệp đính kèm',
    ])
    expect(result.requirements.find((r) => r.part === 'bang-tom-tat')).toMatchObject({ source: 'campaign', metBy: 'generated' })
  })

  it('is complete once the data is there and the files are uploaded (a signed scan stands for a generated part)', () => {
    const result = dossierCompleteness({ simplified: false, campaignItems: SEED_004_ITEMS, catalogue: CSTDCS, generatedProblems: { 'bien-ban': 'chưa nhập' }, uploadedParts: ['xac-nhan', 'bien-ban'] })
    expect(result).toMatchObject({ complete: true, missing: [] })
    expect(result.requirements.filter((r) => r.metBy === 'upload').map((r) => r.part)).toEqual(['bien-ban', 'bien-ban', 'xac-nhan'])
  })

  it('asks only for the proposal and the short report under the simplified procedure', () => {
    const result = dossierCompleteness({ simplified: true, campaignItems: SEED_004_ITEMS, catalogue: CSTDCS, generatedProblems: { 'bien-ban': 'chưa nhập' }, uploadedParts: [] })
    expect(result.complete).toBe(true)
    expect(result.requirements.map((r) => [r.source, r.part])).toEqual([['simplified', 'to-trinh'], ['simplified', 'bao-cao-thanh-tich']])
  })
})
