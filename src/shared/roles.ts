// Account roles, their Vietnamese labels and the permission table (shared by the server's policy and the UI;
// the server decides, the UI only hides what would be refused).

export const ROLES = ['admin', 'officer', 'signer', 'council_member', 'unit'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  officer: 'Thường trực Hội đồng TĐKT',
  signer: 'Lãnh đạo ký duyệt',
  council_member: 'Thành viên Hội đồng TĐKT',
  unit: 'Tài khoản đơn vị',
}

const EVERYONE = ROLES
const MANAGERS = ['admin', 'officer'] as const satisfies readonly Role[]

/** Which roles may do what. Subtree scope is checked separately, on the server. */
export const PERMISSIONS = {
  'organization.read': EVERYONE,
  'organization.write': MANAGERS,
  'person.read': EVERYONE,
  'person.write': ['admin', 'officer', 'unit'],
  'person.import': ['admin', 'officer', 'unit'],
  'household.read': EVERYONE,
  'household.write': ['admin', 'officer', 'unit'],
  'account.read': MANAGERS,
  'account.write': MANAGERS,
  'audit.read': MANAGERS,
  'campaign.read': EVERYONE,
  'campaign.write': MANAGERS,
  /** Issuing takes a number from the register: the officer who prepares it or the chairman who signs. */
  'campaign.issue': ['admin', 'officer', 'signer'],
  /** Reading an office document (Word, PDF, text) into a draft to review; creating the draft needs its own write permission. */
  'document.import': ['admin', 'officer', 'unit'],
  /** Histories (ratings, titles, initiatives, discipline…) and the eligibility answers built on them. */
  'history.read': EVERYONE,
  'history.write': ['admin', 'officer', 'unit'],
  'registry.read': EVERYONE,
  /** The province's own parameters and standards: checked against the province's root unit, so only province-level accounts. */
  'rules.configure': MANAGERS,
  /** Nominations and their dossiers: units propose and submit; the emulation officer checks, returns and allows late dossiers. */
  'nomination.read': EVERYONE,
  'nomination.write': ['admin', 'officer', 'unit'],
  'nomination.check': MANAGERS,
  /** The council (Hội đồng TĐKT): members, sessions, agenda, attendance and absentees' written opinions are the officer's; */
  'council.read': ['admin', 'officer', 'signer', 'council_member'],
  'council.manage': MANAGERS,
  /** …voting needs the permission AND a seat on the council (checked on the server). */
  'council.vote': ['officer', 'signer', 'council_member'],
  /** Public posting of the proposed list and the resolution of the public's comments. */
  'posting.manage': MANAGERS,
  /** Award decisions: the officer drafts; issuing takes the number from the register (officer or the chairman who signs). */
  'decision.read': EVERYONE,
  'decision.write': MANAGERS,
  'decision.issue': ['admin', 'officer', 'signer'],
  /** Certificates: printing, pre-printed blank layouts, reissue and cancellation (Luật TĐKT 2022, Điều 93). */
  'certificate.manage': MANAGERS,
  /** Proposals to the level above for forms beyond the level's authority, and the answers to them. */
  'proposal.read': EVERYONE,
  'proposal.write': MANAGERS,
  /** Registrations (đăng ký thi đua) and pledges: units register; the officer of a level above approves or returns and reminds. */
  'registration.read': EVERYONE,
  'registration.write': ['admin', 'officer', 'unit'],
  'registration.approve': MANAGERS,
  /** Launch ceremonies (lễ phát động) and honouring conferences (hội nghị điển hình tiên tiến): the office organises them. */
  'event.read': EVERYONE,
  'event.write': MANAGERS,
  /** Progress reports (báo cáo sơ kết / tổng kết): units report per phase; the officer compiles the level's report. */
  'report.read': EVERYONE,
  'report.write': ['admin', 'officer', 'unit'],
  'report.compile': MANAGERS,
  /** The commendation fund (quỹ thi đua, khen thưởng): the chairman who signs reads it, the office keeps it. */
  'fund.read': ['admin', 'officer', 'signer'],
  'fund.write': MANAGERS,
  /** Dashboards and the statutory statistical report forms. */
  'statistics.read': ['admin', 'officer', 'signer', 'council_member'],
  /** The public honour board (bảng vinh danh): the officer publishes exemplars and their stories. */
  'honour.manage': MANAGERS,
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function can(actor: { role: Role }, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role)
}

/** Roles an account of the given role may hand out (an officer cannot create admins). */
export function grantableRoles(role: Role): readonly Role[] {
  if (role === 'admin') return ROLES
  if (role === 'officer') return ['officer', 'signer', 'council_member', 'unit']
  return []
}
