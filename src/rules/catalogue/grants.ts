// Authority grants, ballots and bonus coefficients shared by the catalogue families
// (law.md §1.5 competence matrix, §4.2 ballot thresholds, §6.3 coefficients).
import type { AuthorityCode } from '../authorities.ts'
import { law, nd129, nd152, nd98, QD638 } from '../citations.ts'
import type { Confidence } from '../types.ts'
import type { AuthorityGrant, Ballot, Bonus } from './types.ts'

const grant = (authority: AuthorityCode, citation: string, confidence: Confidence = 'confirmed'): AuthorityGrant => ({ authority, citation, confidence })

const ART80_HEADS = 'Luật TĐKT 2022, Điều 80, khoản 1 và khoản 4'

/** Heads of Sở, of legal-entity units and of enterprises: LĐTT, CSTĐCS, TTLĐTT, Giấy khen (Điều 80, Điều 75). */
export const HEADS: AuthorityGrant[] = [
  grant('THU_TRUONG_CO_QUAN_CHUYEN_MON', ART80_HEADS),
  grant('THU_TRUONG_DON_VI', ART80_HEADS),
  grant('GIAM_DOC_DOANH_NGHIEP', ART80_HEADS),
]

/** The district chair, until the district level was abolished on 01/07/2025. */
export const DISTRICT_CHAIR = grant('CHU_TICH_UBND_HUYEN', law(80, 2))

/** The commune chair's own powers under Điều 80, khoản 3: LĐTT, Gia đình văn hóa, Giấy khen. */
export const COMMUNE_CHAIR_OWN_ND98 = grant('CHU_TICH_UBND_XA', law(80, 3))
export const COMMUNE_CHAIR_OWN_ND152 = grant('CHU_TICH_UBND_XA', `${law(80, 3)}; ${nd129(59)}`)

/** Powers the commune chair took over from the district chair on 01/07/2025: CSTĐCS, TTLĐTT, thôn/TDP văn hóa. */
export const COMMUNE_CHAIR_FROM_DISTRICT = grant('CHU_TICH_UBND_XA', `${nd129(59)} (thay ${law(80, 2)})`)

export const PROVINCE_CHAIR: AuthorityGrant[] = [grant('CHU_TICH_UBND_TINH', law(80), 'indirect'), grant('BO_TRUONG', law(80), 'indirect')]
export const MINISTER_ONLY: AuthorityGrant[] = [grant('BO_TRUONG', law(80), 'indirect')]
export const PROVINCE_CHAIR_ONLY: AuthorityGrant[] = [grant('CHU_TICH_UBND_TINH', law(80), 'indirect')]
export const PRIME_MINISTER: AuthorityGrant[] = [grant('THU_TUONG', law(79), 'indirect')]
export const PRESIDENT: AuthorityGrant[] = [grant('CHU_TICH_NUOC', law(78), 'indirect')]

export const singleGrant = (authority: AuthorityCode, citation: string, confidence: Confidence = 'confirmed') => [grant(authority, citation, confidence)]

/** Ballot thresholds: NĐ 98/2023 Điều 30(7) ✅; NĐ 152/2025 equivalent not seen ❓ (QĐ 638/2025 still asks for the vote for CSTĐCS). */
export function ballot(share: 0.8 | 0.9, ruleSet: 'ND98_2023' | 'ND152_2025', keptByQd638 = false): Ballot {
  if (ruleSet === 'ND98_2023') return { share, citation: nd98(30, 7), confidence: 'confirmed' }
  return keptByQd638
    ? { share, citation: `${QD638} (vẫn yêu cầu kết quả bỏ phiếu); ${nd98(30, 7)}`, confidence: 'indirect' }
    : { share, citation: `Nghị định 152/2025/NĐ-CP (điều tương ứng ${nd98(30, 7)} chưa đối chiếu)`, confidence: 'unconfirmed' }
}

/** ND 152 Điều 50 (titles), 51 (Huân chương), 54 (Bằng khen, Giấy khen). */
export const nd152Bonus = (coefficient: number, article: 50 | 51 | 54, confidence: Confidence = 'confirmed', note?: string): Bonus => ({
  coefficient,
  citation: nd152(article),
  confidence,
  ...(note ? { note } : {}),
})

/** Coefficients under ND 98/2023 that law.md did not record. */
export const ND98_UNKNOWN_BONUS: Bonus = {
  coefficient: null,
  citation: 'Nghị định 98/2023/NĐ-CP (điều về mức tiền thưởng, chưa đối chiếu)',
  confidence: 'unconfirmed',
  note: 'Hệ số theo Nghị định 98/2023 chưa được đối chiếu; nhập theo văn bản khi cần.',
}
