// Who confers titles and commendation forms (thẩm quyền quyết định), by organization level and kind
// (Luật TĐKT 2022, Điều 78–80; Nghị định 129/2025/NĐ-CP, Điều 59; law.md §1.5, §2.5).
// Which authority may confer which code on a given date is held per rule set in the catalogue.
import type { Track } from './types.ts'

type AuthorityLevel = 'central' | 'ministry' | 'province' | 'district' | 'commune' | 'unit'

interface Authority {
  label: string
  level: AuthorityLevel
  track: Track
}

export const AUTHORITIES = {
  CHU_TICH_NUOC: { label: 'Chủ tịch nước', level: 'central', track: 'government' },
  THU_TUONG: { label: 'Thủ tướng Chính phủ', level: 'central', track: 'government' },
  BO_TRUONG: { label: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', level: 'ministry', track: 'government' },
  CHU_TICH_UBND_TINH: { label: 'Chủ tịch Ủy ban nhân dân cấp tỉnh', level: 'province', track: 'government' },
  THU_TRUONG_CO_QUAN_CHUYEN_MON: { label: 'Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh (Giám đốc Sở) và tương đương', level: 'province', track: 'government' },
  CHU_TICH_UBND_HUYEN: { label: 'Chủ tịch Ủy ban nhân dân cấp huyện (đến 30/06/2025)', level: 'district', track: 'government' },
  CHU_TICH_UBND_XA: { label: 'Chủ tịch Ủy ban nhân dân cấp xã (xã, phường, đặc khu)', level: 'commune', track: 'government' },
  THU_TRUONG_DON_VI: { label: 'Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ban, ngành', level: 'unit', track: 'government' },
  GIAM_DOC_DOANH_NGHIEP: { label: 'Chủ tịch Hội đồng quản trị, Giám đốc doanh nghiệp, hợp tác xã', level: 'unit', track: 'government' },
  BTV_TINH_UY: { label: 'Ban Thường vụ Tỉnh ủy, Thành ủy', level: 'province', track: 'party' },
  BTV_CAP_TREN: { label: 'Ban Thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng', level: 'province', track: 'party' },
  DANG_UY_CO_SO: { label: 'Đảng ủy cơ sở (xã, phường, đặc khu, cơ quan)', level: 'commune', track: 'party' },
  TO_CHUC_CT_XH: { label: 'Ban Thường vụ, Ban Chấp hành tổ chức chính trị - xã hội, Mặt trận Tổ quốc (theo điều lệ)', level: 'commune', track: 'mass' },
} as const satisfies Record<string, Authority>

export type AuthorityCode = keyof typeof AUTHORITIES
export const AUTHORITY_CODES = Object.keys(AUTHORITIES) as [AuthorityCode, ...AuthorityCode[]]
