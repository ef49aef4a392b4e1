// The catalogue code of a title or form as a decision writes it ("Giấy khen của Chủ tịch UBND xã",
// "danh hiệu Lao động tiên tiến"), for one kind of subject. A Giấy khen or Bằng khen is told apart
// by whom it names ("… của Chủ tịch UBND xã"), else by the body that issued the decision. A form the
// catalogue does not hold, or holds for other subjects, has no code. Pure.
import { CATALOGUE, type CatalogueCode, type SubjectKind } from '../../../rules/index.ts'
import { isMassBody, isPartyBody, localityLevel } from './issuer.ts'
import { nameKey } from './name-key.ts'

type ByKind = Partial<Record<SubjectKind, CatalogueCode>>

const TITLES: [RegExp, ByKind][] = [
  [/huan chuong lao dong hang ba/, { individual: 'HUAN_CHUONG_LAO_DONG_HANG_BA', collective: 'HUAN_CHUONG_LAO_DONG_HANG_BA' }],
  [/huan chuong lao dong hang nhi/, { individual: 'HUAN_CHUONG_LAO_DONG_HANG_NHI', collective: 'HUAN_CHUONG_LAO_DONG_HANG_NHI' }],
  [/huan chuong lao dong hang nhat/, { individual: 'HUAN_CHUONG_LAO_DONG_HANG_NHAT', collective: 'HUAN_CHUONG_LAO_DONG_HANG_NHAT' }],
  [/chien si thi dua toan quoc/, { individual: 'CSTD_TOAN_QUOC' }],
  [/chien si thi dua (?:cap )?(?:bo|ban|nganh|tinh)\b/, { individual: 'CSTD_TINH' }],
  [/chien si thi dua co so|\bcstdcs\b/, { individual: 'CSTDCS' }],
  [/tap the lao dong xuat sac/, { collective: 'TTLDXS' }],
  [/lao dong tien tien|\bldtt\b|\bttldtt\b/, { individual: 'LDTT', collective: 'TTLDTT' }],
  [/gia dinh van hoa/, { household: 'GIA_DINH_VAN_HOA' }],
  [/\b(?:thon|xom|ban|ap|lang|to dan pho|khu dan cu|khu pho) van hoa/, { collective: 'THON_VAN_HOA' }],
  [/\b(?:xa|phuong|thi tran|dac khu) tieu bieu/, { collective: 'XA_TIEU_BIEU' }],
  [/co thi dua cua chinh phu/, { collective: 'CO_THI_DUA_CHINH_PHU' }],
  [/\bco cua ban thuong vu tinh uy/, { collective: 'CO_BTV_TINH_UY' }],
]

/** What follows the noun of the form ("của Chủ tịch UBND xã"), else the issuing body. */
function authority(form: string, noun: string, issuer: string): string {
  return form.slice(form.indexOf(noun) + noun.length).trim() || issuer
}

const forAll = (code: CatalogueCode): ByKind => ({ individual: code, collective: code, household: code })

function giayKhen(who: string, issuer: string): ByKind {
  if (isPartyBody(who)) {
    return /\b(?:ban thuong vu|huyen uy|tinh uy|thanh uy|cap uy cap tren)\b/.test(who)
      ? { individual: 'GIAY_KHEN_BTV_CAP_TREN_DANG_VIEN', collective: 'GIAY_KHEN_BTV_CAP_TREN_TO_CHUC_DANG' }
      : { individual: 'GIAY_KHEN_DANG_UY_DANG_VIEN', collective: 'GIAY_KHEN_DANG_UY_CHI_BO' }
  }
  if (isMassBody(who)) return forAll('GIAY_KHEN_TO_CHUC_CT_XH')
  if (/\b(?:uy ban nhan dan|chu tich)\b/.test(who)) {
    const level = localityLevel(who) ?? localityLevel(issuer)
    return level === 'commune' ? forAll('GIAY_KHEN_CHU_TICH_XA') : level === 'district' ? forAll('GIAY_KHEN_CHU_TICH_HUYEN') : {}
  }
  return who ? forAll('GIAY_KHEN_THU_TRUONG') : {}
}

function bangKhen(who: string): ByKind {
  if (/\b(?:thu tuong|chinh phu)\b/.test(who)) return forAll('BANG_KHEN_THU_TUONG')
  if (/\b(?:tinh uy|thanh uy)\b/.test(who)) return { individual: 'BANG_KHEN_BTV_TINH_UY_DANG_VIEN', collective: 'BANG_KHEN_BTV_TINH_UY_TO_CHUC_DANG' }
  if (/\btrung uong\b/.test(who)) return forAll('BANG_KHEN_BO')
  if (isMassBody(who) || isPartyBody(who)) return {}
  if (/\b(?:bo|nganh)\b/.test(who)) return forAll('BANG_KHEN_BO')
  return localityLevel(who) === 'province' ? forAll('BANG_KHEN_CHU_TICH_TINH') : {}
}

function codesOf(form: string, issuer: string): ByKind {
  for (const [pattern, codes] of TITLES) if (pattern.test(form)) return codes
  if (/\bbang khen\b/.test(form)) return bangKhen(authority(form, 'bang khen', issuer))
  if (/\bgiay khen\b/.test(form)) return giayKhen(authority(form, 'giay khen', issuer), issuer)
  return {}
}

/** The code of the form for this kind of subject, or null when the catalogue has none that fits. */
export function recogniseCode(form: string | null, issuer: string | null, kind: SubjectKind): CatalogueCode | null {
  if (!form) return null
  const code = codesOf(nameKey(form), nameKey(issuer ?? ''))[kind]
  return code && CATALOGUE[code].subjects.includes(kind) ? code : null
}
