// @vitest-environment jsdom
// A history record's form in a real DOM: the server's message lands under its field and what was typed
// stays; a stale version offers "Tải lại", which brings the newest record and saves against its version.
import { describe, expect, it } from 'vitest'
import type { SubjectHistoryPage } from '../../types.ts'
import { json, setUpDom, stubServer, typeInto, waitFor } from '../eligibility/dom-testing.tsx'
import { RATINGS_KIND, type HistoryRow } from './record-kinds.tsx'
import { RecordForm } from './RecordForm.tsx'

const PERSON = 'a2b42706-9dcc-4456-8bd4-486ed636587d'
const rating: HistoryRow<'ratings'> = {
  id: '8d469bf3-f904-4ffb-8cf1-ded590191bb9',
  subjectKind: 'individual',
  subjectId: PERSON,
  year: 2024,
  rating: 'HTTNV',
  track: 'government',
  version: 1,
  updatedAt: '2025-12-01T08:00:00Z',
}
const subject = { kind: 'individual' as const, id: PERSON, name: 'Nguyễn Văn An' }

const dom = setUpDom({ wide: () => true })
const yearInput = () => document.getElementById('history-ratings_year') as HTMLInputElement | null
const save = () => document.querySelector<HTMLButtonElement>('[data-testid="form-save"]')!.click()
const errorUnderYear = () => yearInput()?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent
const writes = (fetchMock: ReturnType<typeof stubServer>) => fetchMock.mock.calls.filter(([, init]) => init?.method && init.method !== 'GET')

describe('RecordForm', () => {
  it('puts the server message under its field and keeps what was typed', async () => {
    const message = 'Đã có kết quả xếp loại năm 2025 của đối tượng này; hãy sửa bản ghi đã có'
    const fetchMock = stubServer({}, () => json(409, { error: { code: 'DUPLICATE', message, fields: { year: message } } }))
    dom.render(<RecordForm config={RATINGS_KIND} record={rating} subject={subject} onClose={() => {}} />)
    await waitFor(() => yearInput()?.value === '2024', 'năm xếp loại ban đầu')

    typeInto(yearInput()!, '2025')
    save()

    await waitFor(() => errorUnderYear(), 'lỗi dưới ô Năm xếp loại')
    expect(errorUnderYear()).toBe(message)
    expect(yearInput()!.value).toBe('2025')
    expect(document.querySelector('[data-testid="form-problem"]')?.textContent).toContain(message)
    expect(document.body.textContent).not.toContain('Tải lại')

    const [url, init] = writes(fetchMock)[0]!
    expect(url).toBe(`/api/history/ratings/${rating.id}`)
    expect(init!.method).toBe('PATCH')
    expect(JSON.parse(init!.body as string)).toEqual({ year: 2025, rating: 'HTTNV', track: 'government', version: 1 })
  })

  it('on a stale version offers "Tải lại", then saves against the newest version', async () => {
    const fresh = { ...rating, rating: 'HTXSNV' as const, version: 2 }
    const page = { subject: { ...subject }, ratings: [fresh] } as unknown as SubjectHistoryPage
    let attempt = 0
    const fetchMock = stubServer({ [`/api/history/individual/${PERSON}`]: page }, () =>
      ++attempt === 1 ? json(409, { error: { code: 'CONFLICT', message: 'Kết quả xếp loại vừa được người khác cập nhật.' } }) : json(200, fresh),
    )
    dom.render(<RecordForm config={RATINGS_KIND} record={rating} subject={subject} onClose={() => {}} />)
    await waitFor(() => yearInput()?.value === '2024', 'năm xếp loại ban đầu')

    typeInto(yearInput()!, '2023')
    save()
    const reload = await waitFor(() => [...document.querySelectorAll('button')].find((button) => button.textContent?.includes('Tải lại')), 'nút Tải lại')
    expect(document.querySelector('[data-testid="form-problem"]')?.textContent).toContain('Nội dung bạn đã nhập vẫn được giữ nguyên')
    expect(yearInput()!.value).toBe('2023')

    reload.click()
    await waitFor(() => yearInput()?.value === '2024' && document.body.textContent?.includes('HTXSNV — Hoàn thành xuất sắc nhiệm vụ'), 'bản mới nhất trong biểu mẫu')
    save()
    await waitFor(() => writes(fetchMock).length === 2, 'lần lưu thứ hai')
    expect(JSON.parse(writes(fetchMock)[1]![1]!.body as string)).toEqual({ year: 2024, rating: 'HTXSNV', track: 'government', version: 2 })
  })
})
