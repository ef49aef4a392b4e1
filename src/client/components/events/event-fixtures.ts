// A conference as the API answers it (GET /api/events/:id), for the jsdom tests of the events pages.
import type { Attendee, EventDetail } from './event-ui.ts'

export const EVENT_ID = '6f0d1f8e-4a7b-4c1e-9f55-0a2b3c4d5e6f'

const attendee = (id: string, fullName: string, fields: Partial<Attendee> = {}): Attendee => ({
  id, groupId: 'g1', groupName: 'Thường trực Đảng ủy, HĐND, UBND xã', personId: null, fullName, position: 'Trưởng thôn', unitName: 'Thôn Kim Sơn', role: 'delegate',
  seat: null, invitedAt: null, attended: null, checkedInAt: null, checkedInByName: null, version: 1, ...fields,
})

export function conference(fields: Partial<EventDetail> = {}): EventDetail {
  return {
    id: EVENT_ID, kind: 'honouring_conference', kindLabel: 'Hội nghị tuyên dương điển hình tiên tiến', title: 'Hội nghị tuyên dương điển hình tiên tiến xã Bắc Sơn',
    organization: { id: 'o', name: 'Xã Bắc Sơn' }, campaign: null, eventDate: '2026-03-02', startTime: '07:30', venue: 'Hội trường UBND xã', status: 'draft', statusLabel: 'Đang chuẩn bị',
    attendeeCount: 2, delegateCap: 2, version: 4, chairLimit: 3, pledgeCommitments: [], invitationsIssuedAt: null, heldAt: null, settledAt: null, settledByName: null,
    createdByName: 'Dương Thị Ngân',
    groups: [{ id: 'g1', position: 1, name: 'Thường trực Đảng ủy, HĐND, UBND xã', plannedCount: 2, attendeeCount: 2 }],
    attendees: [attendee('a1', 'Trịnh Văn Hải', { role: 'chair' }), attendee('a2', 'Vi Thị Mai')],
    programme: [
      { id: 'p1', position: 1, title: 'Chào cờ', speakerAttendeeId: null, speaker: null, speakerText: null, durationMinutes: 5 },
      { id: 'p2', position: 2, title: 'Phát biểu khai mạc Hội nghị', speakerAttendeeId: 'a1', speaker: 'Trịnh Văn Hải, Trưởng thôn', speakerText: null, durationMinutes: 10 },
    ],
    pledgeSigners: [],
    honourees: [],
    budget: {
      lines: [{ id: 'b1', position: 1, item: 'Trang trí khánh tiết', unit: 'gói', quantity: 1, unitPrice: 2_500_000, amount: 2_500_000, category: 'movement', actualAmount: null, fundLineId: null }],
      estimate: 2_500_000, actual: null, fund: { organizationId: 'o', year: 2026, opening: 0, income: 55_000_000, spending: 1_420_000, balance: 53_580_000 },
    },
    counts: { attendees: 2, invited: 0, attended: 0, absent: 0, chairs: 1 },
    can: { edit: true, changeAttendees: true, recordOnTheDay: false, issueInvitations: true, markHeld: false, settle: false },
    ...fields,
  }
}
