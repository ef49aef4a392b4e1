// What the issuing body of a decision says about its awards: the track (Đảng ủy → Party; Hội, Đoàn,
// Mặt trận → mass organisations; else government) and the level (xã, phường → commune; huyện → district;
// tỉnh → province…), read from its name as written. Pure.
import type { Track } from '../../../rules/index.ts'
import type { AwardRecord } from '../../../rules/history.ts'
import { nameKey } from './name-key.ts'

export type AwardLevel = NonNullable<AwardRecord['level']>

const PARTY = /\b(?:dang uy|dang bo|chi bo|huyen uy|tinh uy|thanh uy|quan uy|thi uy|ban thuong vu|cap uy)\b/
const MASS = /\b(?:hoi(?! dong)|doan(?! ket)|cong doan|mat tran|lien doan|chi hoi)\b/

export const isPartyBody = (key: string) => PARTY.test(key)
export const isMassBody = (key: string) => MASS.test(key)

/** The track of the body (its name as written, or already a key). */
export function trackOf(body: string | null): Track {
  const key = nameKey(body ?? '')
  if (isPartyBody(key)) return 'party'
  if (isMassBody(key)) return 'mass'
  return 'government'
}

// "xã hội", "quân sự", "tình nguyện", "phương án" are not places.
const LOCALITY =
  /\b(thi xa|thi tran|dac khu|xa(?! hoi)|phuong(?! an| phap| tien| huong| thuc| cham)|huyen|quan(?! su| doi| nhan| khu| chung| y)|thanh pho|tinh(?! nguyen| than| hinh| thuong| cam))\b/
const CENTRAL_CITY = /^thanh pho (?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b/
const LOCALITY_LEVEL: Record<string, AwardLevel> = {
  'thi tran': 'commune', 'dac khu': 'commune', xa: 'commune', phuong: 'commune',
  'thi xa': 'district', huyen: 'district', quan: 'district', 'thanh pho': 'district', tinh: 'province',
}

/** The level of the first place the key names ("xã Bình Thành" → commune), or null. */
export function localityLevel(key: string): AwardLevel | null {
  const m = LOCALITY.exec(key)
  if (!m) return null
  if (m[1] === 'thanh pho' && CENTRAL_CITY.test(key.slice(m.index))) return 'province'
  return LOCALITY_LEVEL[m[1]!] ?? null
}

const CENTRAL = /\b(?:thu tuong|chinh phu|chu tich nuoc|quoc hoi|trung uong)\b/
const MINISTRY = /^(?:bo truong |bo )/
const UNIT = /^(?:hieu truong |giam doc |thu truong )?(?:truong|cong ty|doanh nghiep|hop tac xa|tram|benh vien|trung tam|chi bo|to|doi)\b/

/** The level of the body (its name as written): central, ministry, a place's level, a unit, or null. */
export function levelOf(body: string | null): AwardLevel | null {
  const key = nameKey(body ?? '')
  if (!key) return null
  if (CENTRAL.test(key)) return 'central'
  if (MINISTRY.test(key)) return 'ministry'
  if (UNIT.test(key)) return 'unit'
  return localityLevel(key)
}
