// An event's invitations as one file (Giấy mời, one page per invitee): the models the events module prints,
// rendered as one Word and one PDF file by the shared Decree 30 writers. Times each format once; asserts nothing.
import { renderDocxBundle, renderPdfBundle } from '../src/documents/decree30/index.ts'
import type { Attendee } from '../src/server/modules/events/attendees.repository.ts'
import type { EventDocumentData } from '../src/server/modules/events/documents/event-document-data.ts'
import { invitationDocument } from '../src/server/modules/events/documents/invitation-document.ts'

export interface BundleTiming {
  seconds: number
  bytes: number
}

export interface InvitationBundle {
  invitations: number
  docx: BundleTiming
  pdf: BundleTiming
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const GIVEN = ['Văn Thắng', 'Thị Hoà', 'Đức Anh', 'Thị Ánh Tuyết', 'Quốc Việt', 'Thị Hương', 'Minh Đức', 'Văn Hùng']

function invitee(i: number): Attendee {
  return {
    id: `dai-bieu-${i}`, groupId: null, groupName: null, personId: null,
    fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`,
    position: i % 3 === 0 ? 'Bí thư Chi bộ' : 'Trưởng thôn', unitName: `Thôn ${(i % 12) + 1}`,
    role: 'delegate', seat: `Hàng ${Math.floor(i / 10) + 1}, ghế ${(i % 10) + 1}`,
    invitedAt: null, attended: null, checkedInAt: null, checkedInByName: null, version: 1,
  }
}

/** A commune's ceremony with `count` invitees, as the events module loads it for its documents. */
function ceremony(count: number): EventDocumentData {
  return {
    unit: {
      track: 'state', heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', governingBody: null, place: 'Bình Thành', symbolTail: 'UBND',
      formalName: 'Ủy ban nhân dân xã Bình Thành',
      signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    },
    kind: 'launch_ceremony', title: 'Lễ phát động thi đua chào mừng Đại hội Đảng bộ xã Bình Thành', eventDate: '2026-03-05', startTime: '07:30',
    venue: 'Hội trường Ủy ban nhân dân xã', campaign: 'Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân xã Bình Thành', issuedOn: '2026-03-02',
    groups: [], attendees: Array.from({ length: count }, (_, i) => invitee(i)), programme: [], pledgeSigners: [], pledgeCommitments: [],
    registeredCommitments: new Map(), honourees: [], budget: [], fund: { label: '', balance: null },
  }
}

async function timed(render: () => Promise<Uint8Array>): Promise<BundleTiming> {
  const started = performance.now()
  const bytes = await render()
  return { seconds: (performance.now() - started) / 1000, bytes: bytes.byteLength }
}

export async function invitationBundle(count = 150): Promise<InvitationBundle> {
  const data = ceremony(count)
  const models = data.attendees.map((a) => invitationDocument(data, a))
  return { invitations: count, docx: await timed(() => renderDocxBundle(models)), pdf: await timed(() => renderPdfBundle(models)) }
}
