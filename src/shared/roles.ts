// Account roles and their Vietnamese labels (shared by the server's policy and the UI).

export const ROLES = ['admin', 'officer', 'signer', 'council_member', 'unit'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  officer: 'Thường trực Hội đồng TĐKT',
  signer: 'Lãnh đạo ký duyệt',
  council_member: 'Thành viên Hội đồng TĐKT',
  unit: 'Tài khoản đơn vị',
}
