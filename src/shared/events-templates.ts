// The standard delegate groups and programme of each kind of event, as the seed plans lay them out: the
// launch ceremony of 001 (Bình Chương Party committee, §IV "Thành phần, Chương trình Lễ phát động thi đua")
// and the honouring conference of 002 (27/KH-UBND Bình An, §II.2–4). A new event starts from them (or from
// its plan's own ceremony section) and the officer edits every line. Pure; shared by the server and the client.
import type { EventKind } from './events.ts'

export interface TemplateGroup { name: string; plannedCount: number | null }
export interface TemplateItem { title: string; speakerText: string | null; durationMinutes: number | null }
export interface EventTemplate {
  groups: TemplateGroup[]
  programme: TemplateItem[]
  /** The officer's starting values: 002 §II.2 "Không quá 150 đại biểu"; 002 §II.4 "Chủ trì … (03 người)". */
  delegateCap: number | null
  chairLimit: number | null
  /** The pledge's common text at a ceremony (001: "Đã cam kết là thực hiện, đã nói là làm"). */
  pledgeCommitments: string[]
}

const item = (title: string, speakerText: string | null = null, durationMinutes: number | null = null): TemplateItem => ({ title, speakerText, durationMinutes })
const group = (name: string, plannedCount: number | null = null): TemplateGroup => ({ name, plannedCount })

export const EVENT_TEMPLATES: Record<EventKind, EventTemplate> = {
  launch_ceremony: {
    groups: [
      group('Đại biểu cấp trên (đồng chí lãnh đạo phụ trách)'),
      group('Thường trực Hội đồng nhân dân xã'),
      group('Đại diện lãnh đạo Ủy ban nhân dân xã'),
      group('Các bộ phận tham mưu, giúp việc Đảng ủy'),
      group('Mặt trận, hội đoàn thể xã'),
      group('Ủy viên Ban Chấp hành Đảng bộ xã'),
      group('Bí thư, Phó Bí thư các chi bộ trực thuộc'),
    ],
    programme: [
      item('Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu', null, 5),
      item('Phát biểu khai mạc', 'Đại diện Thường trực Đảng ủy', 10),
      item('Trình bày nội dung phát động thi đua', 'Đại diện lãnh đạo Ủy ban nhân dân xã', 20),
      item('Phát biểu hưởng ứng', 'Đại diện các chi bộ trực thuộc Đảng ủy', 10),
      item('Ký cam kết thi đua', 'Bí thư các chi bộ trực thuộc ký; Thường trực Đảng ủy, Ủy ban nhân dân xã chứng kiến', 15),
      item('Kết thúc Lễ phát động thi đua', null, 5),
    ],
    delegateCap: null,
    chairLimit: null,
    pledgeCommitments: [
      'Đã cam kết là thực hiện, đã nói là làm',
      'Tổ chức quán triệt, triển khai kế hoạch thi đua đến toàn thể đảng viên, cán bộ của đơn vị',
      'Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ được giao',
    ],
  },
  honouring_conference: {
    groups: [
      group('Thường trực Đảng ủy, HĐND, UBND xã'),
      group('Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã'),
      group('Công chức, người hoạt động không chuyên trách xã, Công an xã'),
      group('Bí thư chi bộ, Trưởng thôn, Trưởng Ban công tác Mặt trận thôn'),
      group('Chi, tổ hội đoàn thể ở thôn'),
      group('Chiến sĩ thi đua, các gương điển hình tiên tiến'),
      group('Đại diện tập thể, cá nhân lao động giỏi, lao động sáng tạo, gương người tốt, việc tốt'),
    ],
    programme: [
      item('Chào cờ', null, 5),
      item('Tuyên bố lý do, giới thiệu đại biểu', null, 5),
      item('Phát biểu khai mạc Hội nghị', null, 10),
      item('Thông qua báo cáo tổng kết phong trào thi đua và công tác khen thưởng 5 năm qua, phương hướng nhiệm vụ 5 năm tới', null, 30),
      item('Báo cáo tham luận của các điển hình tiên tiến', null, 30),
      item('Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến', null, 20),
      item('Phát động phong trào thi đua giai đoạn tới', null, 10),
      item('Phát biểu hưởng ứng phong trào thi đua', 'Ủy ban MTTQ Việt Nam xã', 10),
      item('Bế mạc Hội nghị', null, 5),
    ],
    delegateCap: 150,
    chairLimit: 3,
    pledgeCommitments: [],
  },
}

/** A plan's ceremony section (src/shared/campaign-plan.ts), when it has one, replaces the standard groups and programme. */
export function templateFromPlan(kind: EventKind, ceremony: { attendees: { group: string; count: number | null }[]; programme: { title: string; speaker: string | null }[] } | null): EventTemplate {
  const standard = EVENT_TEMPLATES[kind]
  if (kind !== 'launch_ceremony' || !ceremony) return standard
  return {
    ...standard,
    groups: ceremony.attendees.length > 0 ? ceremony.attendees.map((a) => group(a.group, a.count)) : standard.groups,
    programme: ceremony.programme.length > 0 ? ceremony.programme.map((p) => item(p.title, p.speaker)) : standard.programme,
  }
}
