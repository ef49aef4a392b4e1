// Gia đình văn hóa (Luật TĐKT 2022, Điều 31; Nghị định 86/2023/NĐ-CP, Điều 6, khoản 4), Thôn/Tổ dân phố
// văn hóa (Điều 30), Xã/phường/đặc khu tiêu biểu (Điều 29); law.md §1.3, §1.4.
import { law, nd86 } from '../citations.ts'
import { viDate } from '../dates.ts'
import { criterion } from '../engine/criterion.ts'
import { judgementCriterion } from '../engine/judgement.ts'
import { collectiveYear, yearSpan } from '../engine/queries.ts'
import type { Criterion, EvalContext, Evaluator } from '../engine/types.ts'
import { GDVH_EXCLUSIONS } from '../history.ts'

/** The point of Điều 6, khoản 4 each exclusion falls under. */
const POINT = { truy_cuu_hinh_su: 'a', nghia_vu_quan_su: 'b', nghia_vu_thue: 'b', xu_phat_hon_nhan: 'c', xu_phat_trat_tu: 'd' } as const

/** No member prosecuted on the decision date, nor sanctioned for the listed breaches during the year. */
function exclusions(ctx: EvalContext): Criterion {
  const window = yearSpan(ctx)
  const facts: string[] = []
  let excluded = false
  for (const e of ctx.subject.exclusions) {
    const ongoing = e.startDate <= ctx.date && (e.endDate === null || e.endDate >= ctx.date)
    const applies = e.kind === 'truy_cuu_hinh_su' ? ongoing : e.startDate >= window.from && e.startDate <= window.to
    excluded ||= applies
    const who = e.member ? `${e.member}: ` : ''
    const when = e.kind === 'truy_cuu_hinh_su' ? `từ ngày ${viDate(e.startDate)}${e.endDate ? ` đến ngày ${viDate(e.endDate)}` : ''}` : `ngày ${viDate(e.startDate)}`
    facts.push(`${who}${GDVH_EXCLUSIONS[e.kind]} (${when}; điểm ${POINT[e.kind]}): ${applies ? 'thuộc trường hợp không xét' : 'ngoài thời gian xét'}`)
  }
  if (facts.length === 0) facts.push(`Năm ${ctx.year}: không có thành viên thuộc trường hợp không xét tặng`)
  return criterion('gdvh.exclusions', 'Không có thành viên thuộc các trường hợp không xét tặng Gia đình văn hóa', nd86(6, 4), !excluded, facts)
}

export const evaluateGiaDinhVanHoa: Evaluator = (ctx) => ({
  criteria: [exclusions(ctx)],
  localStandards: [judgementCriterion(ctx, 'gdvh.standards', ['GDVH_TIEU_CHUAN'], `${law(31)}; ${nd86()}, Phụ lục I`)],
  period: yearSpan(ctx),
})

export const evaluateThonVanHoa: Evaluator = (ctx) => ({
  criteria: [judgementCriterion(ctx, 'thon.standards', ['TVH_KINH_TE', 'TVH_VAN_HOA', 'TVH_MOI_TRUONG', 'TVH_AN_NINH', 'TVH_DOAN_KET'], `${law(30)}; ${nd86()}, Phụ lục II`)],
  period: yearSpan(ctx),
})

export const evaluateXaTieuBieu: Evaluator = (ctx) => {
  const cy = collectiveYear(ctx.subject, ctx.year)
  const leads = criterion(
    'xa.lead',
    'Dẫn đầu phong trào thi đua của cấp trên (cụm, khối thi đua)',
    law(29),
    cy ? cy.leadsCluster !== null : null,
    [cy ? `Năm ${ctx.year}: ${cy.leadsCluster === null ? 'không dẫn đầu cụm, khối thi đua' : 'dẫn đầu cụm, khối thi đua'}` : `Năm ${ctx.year}: chưa có kết quả cụm, khối thi đua`],
  )
  return {
    criteria: [leads],
    localStandards: [judgementCriterion(ctx, 'xa.standards', ['XA_TIEU_CHUAN'], `${law(29)}; ${nd86()}, Phụ lục III`)],
    period: yearSpan(ctx),
  }
}
