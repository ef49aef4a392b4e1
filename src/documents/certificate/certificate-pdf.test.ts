// Reads the certificates back with pdf.js (through unpdf): one landscape A4 page each, every line of the
// design with its Vietnamese letters, the pre-printed mode without the static texts, long texts in their box.
import { extractTextItems, getDocumentProxy, type StructuredTextItem } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { collapse } from '../decree30/testing/text.ts'
import { DEFAULT_POSITIONS, PAGE_MM, fieldHeightMm, positionProblem } from './layout.ts'
import { renderCertificates, type PrintMode } from './render.ts'
import type { CertificateData } from './certificate-model.ts'
import { cstdcs, giayKhen, partyGiayKhen } from './testing/sample-certificates.ts'

const MM = 72 / 25.4
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function open(items: CertificateData[], mode: PrintMode = 'full') {
  const bytes = await renderCertificates(items, mode, DEFAULT_POSITIONS)
  const { items: pages } = await extractTextItems(bytes.slice())
  const proxy = await getDocumentProxy(bytes.slice())
  const sizes = await Promise.all(pages.map(async (_, i) => (await proxy.getPage(i + 1)).getViewport({ scale: 1 })))
  return { pages, sizes, texts: pages.map(pageText), bottomLeft: pages.map((p) => pageText(p.filter((i) => bottom(i) && i.x < 150 * MM))), bottomRight: pages.map((p) => pageText(p.filter((i) => bottom(i) && i.x >= 150 * MM))) }
}

/** Below the achievement: the decision, serial and QR code on the left; place, date and signature on the right. */
const bottom = (item: StructuredTextItem) => item.y < (PAGE_MM.height - 145) * MM

/** A page's text line by line, top to bottom and left to right, " | " between lines (items on one baseline closer than 10 pt make a line). */
function pageText(items: StructuredTextItem[]): string {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: StructuredTextItem[][] = []
  for (const item of sorted) {
    const last = lines.at(-1)?.at(-1)
    if (last && Math.abs(last.y - item.y) < 1 && item.x - (last.x + last.width) < 10) lines.at(-1)!.push(item)
    else lines.push([item])
  }
  return lines.map((line) => collapse(line.map((i) => i.str).join(''))).join(' | ')
}

describe('renderCertificates', () => {
  it('prints one A4 landscape page per certificate with the lines of law.md §5.4 in order', async () => {
    const { pages, sizes, texts, bottomLeft, bottomRight } = await open([giayKhen, cstdcs])
    expect(pages).toHaveLength(2)
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(PAGE_MM.width * MM, 0)
      expect(size.height).toBeCloseTo(PAGE_MM.height * MM, 0)
    }
    expect(texts[0]).toMatch(new RegExp(`^${escape([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH', 'TẶNG', 'GIẤY KHEN',
      'Bà Hoàng Thị Lan', 'Giáo viên, Trường Tiểu học Bình Thành', 'Đã có thành tích: Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025 | ',
    ].join(' | '))}`))
    expect(bottomLeft[0]).toBe('Quyết định số 05/QĐ-UBND ngày 20/12/2025 | Số sổ vàng: 12 | Mã xác minh: 7K3M-9QXA-2B4C-8DTF-5R | https://tdkt.example.vn/xac-minh/7K3M-9QXA-2B4C-8DTF-5R')
    expect(bottomRight[0]).toBe('Bình Thành, ngày 20 tháng 12 năm 2025 | CHỦ TỊCH | Nguyễn Đức Soán')
    expect(texts[1]).toContain('TẶNG DANH HIỆU | CHIẾN SĨ THI ĐUA CƠ SỞ | Ông Ma Văn Hùng')
    expect(texts[1]).toContain('Đã đạt danh hiệu Lao động tiên tiến')
    expect(bottomRight[1]).toBe('Bình Thành, ngày 20 tháng 12 năm 2025 | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Lê Thị Minh')
  })

  it('puts "ĐẢNG CỘNG SẢN VIỆT NAM" on a Party certificate instead of the national name, and the Party number form', async () => {
    const { texts, bottomRight } = await open([partyGiayKhen])
    expect(texts[0]).toMatch(/^ĐẢNG CỘNG SẢN VIỆT NAM \| BAN CHẤP HÀNH ĐẢNG BỘ XÃ BÌNH THÀNH \| TẶNG \| GIẤY KHEN \|/)
    expect(texts[0]).not.toContain('CỘNG HÒA')
    expect(texts[0]).toContain('Quyết định số 07-QĐ/ĐU ngày 22/12/2025')
    expect(bottomRight[0]).toBe('Bình Thành, ngày 20 tháng 12 năm 2025 | T/M ĐẢNG ỦY | BÍ THƯ | Lục Văn Tám')
  })

  it('prints only the variable fields on pre-printed blanks', async () => {
    const { pages, texts, bottomLeft, bottomRight } = await open([giayKhen, cstdcs], 'preprinted')
    expect(pages).toHaveLength(2)
    for (const absent of ['CỘNG HÒA', 'Độc lập', 'ỦY BAN NHÂN DÂN', 'TẶNG', 'GIẤY KHEN', 'CHIẾN SĨ THI ĐUA', 'CHỦ TỊCH']) expect(texts.join(' ')).not.toContain(absent)
    expect(texts[0]).toMatch(/^Bà Hoàng Thị Lan \| Giáo viên, Trường Tiểu học Bình Thành \| Đã có thành tích: Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025 \| /)
    expect(bottomLeft[0]).toBe('Quyết định số 05/QĐ-UBND ngày 20/12/2025 | Số sổ vàng: 12 | Mã xác minh: 7K3M-9QXA-2B4C-8DTF-5R | https://tdkt.example.vn/xac-minh/7K3M-9QXA-2B4C-8DTF-5R')
    expect(bottomRight[0]).toBe('Bình Thành, ngày 20 tháng 12 năm 2025 | Nguyễn Đức Soán')
  })

  it('wraps a long name and a long achievement within their boxes', async () => {
    const long: CertificateData = {
      ...giayKhen,
      awardee: { name: 'Tập thể Lớp 5A Trường Tiểu học và Trung học cơ sở Bình Thành thuộc Ủy ban nhân dân xã Bình Thành tỉnh Thái Nguyên', details: null },
      achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Dạy tốt, học tốt", xây dựng trường học thân thiện, học sinh tích cực, '.repeat(3),
    }
    const { pages } = await open([long], 'preprinted')
    const inBox = (key: 'name' | 'achievement') => {
      const box = DEFAULT_POSITIONS[key]
      const top = (PAGE_MM.height - box.y) * MM
      return pages[0]!.filter((i) => i.str.trim() !== '' && i.y < top && i.y > top - fieldHeightMm(key, box) * MM)
    }
    for (const key of ['name', 'achievement'] as const) {
      const box = DEFAULT_POSITIONS[key]
      const items = inBox(key)
      expect(new Set(items.map((i) => Math.round(i.y))).size).toBeGreaterThan(1)
      for (const item of items) {
        expect(item.x).toBeGreaterThanOrEqual(box.x * MM - 0.5)
        expect(item.x + item.width).toBeLessThanOrEqual((box.x + box.width) * MM + 0.5)
      }
    }
  })
})

describe('positionProblem', () => {
  it('accepts the defaults and names a field that leaves the sheet', () => {
    for (const [key, p] of Object.entries(DEFAULT_POSITIONS)) expect(positionProblem(key as keyof typeof DEFAULT_POSITIONS, p)).toBeNull()
    expect(positionProblem('name', { x: 100, y: 90, width: 240, size: 22 })).toBe('vượt mép phải trang (x + rộng = 340 mm > 297 mm)')
    expect(positionProblem('qr', { x: 22, y: 195, width: 24, size: 8 })).toBe('vượt mép dưới trang (đến 219 mm > 210 mm)')
  })
})
