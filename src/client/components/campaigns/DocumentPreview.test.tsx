// @vitest-environment jsdom
// The preview draws a DocumentModel as the printed page: header columns, motto, number and date
// lines, type and title, body, recipients and signature.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { DocumentPreview } from './DocumentPreview.tsx'

const stateModel: DocumentModel = {
  header: {
    track: 'state',
    governingBody: null,
    issuer: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH',
    number: '7',
    symbol: 'KH-UBND',
    place: 'Bình Thành',
    date: '2025-02-05',
  },
  documentType: 'KẾ HOẠCH',
  title: 'Phát động Đợt thi đua đặc biệt chào mừng Đại hội đảng bộ các cấp',
  body: [
    { type: 'paragraph', runs: ['Thực hiện Kế hoạch số 213/KH-UBND ', { text: 'của UBND huyện', italic: true }, ';'] },
    { type: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { type: 'item', marker: 'a)', runs: [{ text: 'Đối tượng:', bold: true }, ' các cơ quan, đơn vị.'] },
    { type: 'table', rows: [['TT', 'Hình thức'], ['1', 'Giấy khen']], widths: [1, 3] },
  ],
  recipients: ['Thường trực Đảng ủy', 'Các xóm trên địa bàn', 'Lưu: VT'],
  signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Trịnh Minh Tuấn' },
}

let root: Root
let container: HTMLDivElement

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  root.unmount()
  document.body.innerHTML = ''
})

const render = (model: DocumentModel) => flushSync(() => root.render(<DocumentPreview model={model} />))
const lines = (selector: string) => [...container.querySelectorAll(selector)].map((element) => element.textContent)

describe('DocumentPreview', () => {
  it('draws a State document: issuer left, national motto right, number, place and date, title, recipients and signature', () => {
    render(stateModel)
    expect(container.querySelector('.doc-issuer')?.textContent).toBe('ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH')
    expect(lines('.doc-header-right .doc-motto')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])
    expect(container.querySelector('.doc-number')?.textContent).toBe('Số: 07/KH-UBND')
    expect(container.querySelector('.doc-place-date')?.textContent).toBe('Bình Thành, ngày 05 tháng 02 năm 2025')
    expect(container.querySelector('.doc-type')?.textContent).toBe('KẾ HOẠCH')
    expect(container.querySelector('.doc-title')?.textContent).toBe(stateModel.title)

    expect(container.querySelector('.doc-heading-1')?.textContent).toBe('I. MỤC ĐÍCH, YÊU CẦU')
    expect(container.querySelector('.doc-body em')?.textContent).toBe('của UBND huyện')
    expect(lines('.doc-body .doc-paragraph')[1]).toBe('a) Đối tượng: các cơ quan, đơn vị.')
    expect(container.querySelector('.doc-body strong')?.textContent).toBe('Đối tượng:')
    expect(lines('.doc-table th')).toEqual(['TT', 'Hình thức'])
    expect(lines('.doc-table td')).toEqual(['1', 'Giấy khen'])

    expect(lines('[data-testid="document-recipients"] p')).toEqual(['Nơi nhận:', '- Thường trực Đảng ủy;', '- Các xóm trên địa bàn;', '- Lưu: VT.'])
    expect(lines('[data-testid="document-signature"] p')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trịnh Minh Tuấn'])
    expect(container.querySelector('.doc-sheet')?.getAttribute('aria-label')).toBe(`KẾ HOẠCH ${stateModel.title}`)
  })

  it('draws a Party document unnumbered and undated: governing body, "ĐẢNG CỘNG SẢN VIỆT NAM", blanks left for the clerk', () => {
    render({
      ...stateModel,
      header: { track: 'party', governingBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI', issuer: 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG', number: null, symbol: 'KH/ĐU', place: 'Bình Chương', date: null },
      signature: { authorityLines: ['T/M ĐẢNG ỦY'], title: 'BÍ THƯ', name: '' },
    })
    expect(lines('.doc-header-left p')).toEqual(['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG', '*', 'Số      -KH/ĐU'])
    expect(lines('.doc-header-right .doc-motto')).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM'])
    expect(container.textContent).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(container.querySelector('.doc-place-date')?.textContent).toBe('Bình Chương, ngày     tháng     năm 20…')
    expect(lines('[data-testid="document-signature"] p')).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ', ''])
  })
})
