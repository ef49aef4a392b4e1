// Organization kinds of the emulation hierarchy, with their level and track (shared with the UI).

export const ORGANIZATION_KINDS = {
  province: { label: 'Tỉnh, thành phố', level: 'province', track: 'government' },
  district: { label: 'Huyện (trước 01/7/2025)', level: 'district', track: 'government' },
  commune: { label: 'Xã', level: 'commune', track: 'government' },
  ward: { label: 'Phường', level: 'commune', track: 'government' },
  special_zone: { label: 'Đặc khu', level: 'commune', track: 'government' },
  peoples_committee: { label: 'Ủy ban nhân dân', level: 'agency', track: 'government' },
  peoples_council: { label: 'Hội đồng nhân dân', level: 'agency', track: 'government' },
  department: { label: 'Cơ quan, phòng, ban chuyên môn', level: 'agency', track: 'government' },
  public_service: { label: 'Đơn vị sự nghiệp (trường học, trạm y tế…)', level: 'unit', track: 'government' },
  armed_force: { label: 'Công an, quân sự', level: 'unit', track: 'government' },
  enterprise: { label: 'Doanh nghiệp, hợp tác xã', level: 'unit', track: 'economic' },
  village: { label: 'Thôn, xóm, tổ dân phố', level: 'village', track: 'government' },
  party_committee: { label: 'Đảng bộ, Đảng ủy', level: 'agency', track: 'party' },
  party_cell: { label: 'Chi bộ', level: 'unit', track: 'party' },
  fatherland_front: { label: 'Ủy ban Mặt trận Tổ quốc', level: 'agency', track: 'mass' },
  mass_organization: { label: 'Tổ chức chính trị - xã hội, hội đoàn thể', level: 'unit', track: 'mass' },
} as const

export type OrganizationKind = keyof typeof ORGANIZATION_KINDS
export const ORGANIZATION_KIND_CODES = Object.keys(ORGANIZATION_KINDS) as [OrganizationKind, ...OrganizationKind[]]

export const TRACK_LABELS = { government: 'Chính quyền', party: 'Đảng', mass: 'Mặt trận, đoàn thể', economic: 'Kinh tế' } as const

export const CLUSTER_KINDS = { cluster: 'Cụm thi đua', bloc: 'Khối thi đua' } as const

/** Is the organization in force on the given ISO date (units merge and are renamed over time)? */
export function activeOn(org: { validFrom: string | null; validTo: string | null }, date: string): boolean {
  return (org.validFrom === null || org.validFrom <= date) && (org.validTo === null || org.validTo >= date)
}

/** Follows the successor chain of merged or renamed units to the one in force; stops on a cycle. */
export function resolveSuccessor<T extends { id: string; successorId: string | null }>(id: string, byId: Map<string, T>): T | undefined {
  const seen = new Set<string>()
  let current = byId.get(id)
  while (current?.successorId && !seen.has(current.id)) {
    seen.add(current.id)
    current = byId.get(current.successorId) ?? current
    if (seen.has(current.id)) break
  }
  return current
}
